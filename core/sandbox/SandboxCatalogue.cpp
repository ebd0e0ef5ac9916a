#include "SandboxCatalogue.h"

#include <QJsonDocument>

namespace megaphone::SandboxCatalogue {

namespace {

// Realistic templates of a small shop; ids are stable so a re-sync updates in place.
constexpr const char catalogue[] = R"json([
 {"id": "910000000000001", "name": "spring_sale", "language": "en_US", "status": "APPROVED",
  "category": "MARKETING", "parameter_format": "POSITIONAL", "components": [
   {"type": "HEADER", "format": "IMAGE",
    "example": {"header_handle": ["https://sandbox.megaphone.invalid/media/spring.jpg"]}},
   {"type": "BODY", "text": "Hi {{1}}! Our *spring sale* starts today: _{{2}} off_ everything until Sunday.",
    "example": {"body_text": [["Maria", "25%"]]}},
   {"type": "FOOTER", "text": "Reply STOP to unsubscribe"},
   {"type": "BUTTONS", "buttons": [
     {"type": "URL", "text": "Shop now", "url": "https://shop.example.com/sale/{{1}}",
      "example": ["https://shop.example.com/sale/spring"]},
     {"type": "QUICK_REPLY", "text": "Stop promotions"}]}]},
 {"id": "910000000000002", "name": "spring_sale", "language": "es", "status": "APPROVED",
  "category": "MARKETING", "parameter_format": "POSITIONAL", "components": [
   {"type": "HEADER", "format": "IMAGE",
    "example": {"header_handle": ["https://sandbox.megaphone.invalid/media/spring.jpg"]}},
   {"type": "BODY", "text": "¡Hola {{1}}! Nuestra *rebaja de primavera* empieza hoy: _{{2}} de descuento_ hasta el domingo.",
    "example": {"body_text": [["María", "25%"]]}},
   {"type": "FOOTER", "text": "Responde STOP para darte de baja"},
   {"type": "BUTTONS", "buttons": [
     {"type": "URL", "text": "Comprar", "url": "https://shop.example.com/sale/{{1}}",
      "example": ["https://shop.example.com/sale/spring"]},
     {"type": "QUICK_REPLY", "text": "No más promociones"}]}]},
 {"id": "910000000000003", "name": "order_update", "language": "en_US", "status": "APPROVED",
  "category": "UTILITY", "parameter_format": "NAMED", "components": [
   {"type": "HEADER", "format": "TEXT", "text": "Order {{order_number}}",
    "example": {"header_text_named_params": [{"param_name": "order_number", "example": "860198"}]}},
   {"type": "BODY", "text": "Thank you, {{first_name}}! Your order {{order_number}} ships on {{ship_date}}.",
    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Pablo"},
      {"param_name": "order_number", "example": "860198"}, {"param_name": "ship_date", "example": "May 4"}]}},
   {"type": "BUTTONS", "buttons": [{"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550100002"}]}]},
 {"id": "910000000000004", "name": "order_update", "language": "pt_BR", "status": "APPROVED",
  "category": "UTILITY", "parameter_format": "NAMED", "components": [
   {"type": "HEADER", "format": "TEXT", "text": "Pedido {{order_number}}",
    "example": {"header_text_named_params": [{"param_name": "order_number", "example": "860198"}]}},
   {"type": "BODY", "text": "Obrigado, {{first_name}}! Seu pedido {{order_number}} será enviado em {{ship_date}}.",
    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ana"},
      {"param_name": "order_number", "example": "860198"}, {"param_name": "ship_date", "example": "4 de maio"}]}},
   {"type": "BUTTONS", "buttons": [{"type": "PHONE_NUMBER", "text": "Ligar", "phone_number": "+15550100002"}]}]},
 {"id": "910000000000005", "name": "coupon_code", "language": "en_US", "status": "APPROVED",
  "category": "MARKETING", "parameter_format": "POSITIONAL", "components": [
   {"type": "HEADER", "format": "TEXT", "text": "A gift for you, {{1}}", "example": {"header_text": ["Pablo"]}},
   {"type": "BODY", "text": "Use code ```{{1}}``` at checkout for {{2}} off. ~Valid~ until {{3}}.",
    "example": {"body_text": [["SUMMER20", "20%", "June 30"]]}},
   {"type": "FOOTER", "text": "Lucky Shrub Succulents"},
   {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SUMMER20"},
     {"type": "QUICK_REPLY", "text": "Unsubscribe"}]}]},
 {"id": "910000000000006", "name": "new_collection_video", "language": "en_US", "status": "APPROVED",
  "category": "MARKETING", "parameter_format": "NAMED", "components": [
   {"type": "HEADER", "format": "VIDEO",
    "example": {"header_handle": ["https://sandbox.megaphone.invalid/media/collection.mp4"]}},
   {"type": "BODY", "text": "{{first_name}}, the new collection is here. Watch it first!",
    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Sam"}]}},
   {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "See the collection", "url": "https://shop.example.com/new"}]}]},
 {"id": "910000000000007", "name": "invoice_ready", "language": "hi", "status": "APPROVED",
  "category": "UTILITY", "parameter_format": "POSITIONAL", "components": [
   {"type": "HEADER", "format": "DOCUMENT",
    "example": {"header_handle": ["https://sandbox.megaphone.invalid/media/invoice.pdf"]}},
   {"type": "BODY", "text": "नमस्ते {{1}}, आपका बिल {{2}} तैयार है।", "example": {"body_text": [["राज", "INV-2041"]]}}]},
 {"id": "910000000000008", "name": "store_opening", "language": "en_US", "status": "APPROVED",
  "category": "MARKETING", "parameter_format": "POSITIONAL", "components": [
   {"type": "HEADER", "format": "LOCATION"},
   {"type": "BODY", "text": "Hi {{1}}, our new store opens on Saturday. Come by for a free coffee!",
    "example": {"body_text": [["Lee"]]}},
   {"type": "FOOTER", "text": "See you there"}]},
 {"id": "910000000000009", "name": "welcome_back", "language": "en_US", "status": "PENDING",
  "category": "MARKETING", "parameter_format": "POSITIONAL", "components": [
   {"type": "BODY", "text": "We miss you, {{1}}! Here is 10% off your next order.", "example": {"body_text": [["Kim"]]}}]},
 {"id": "910000000000010", "name": "flash_deal", "language": "en_US", "status": "PAUSED",
  "category": "MARKETING", "parameter_format": "POSITIONAL", "components": [
   {"type": "BODY", "text": "⚡ Flash deal for {{1}}: 2 hours only!", "example": {"body_text": [["Alex"]]}}]},
 {"id": "910000000000011", "name": "crypto_giveaway", "language": "en_US", "status": "REJECTED",
  "category": "MARKETING", "parameter_format": "POSITIONAL", "components": [
   {"type": "BODY", "text": "You won {{1}}! Click to claim.", "example": {"body_text": [["1 BTC"]]}}]},
 {"id": "910000000000012", "name": "login_code", "language": "en_US", "status": "APPROVED",
  "category": "AUTHENTICATION", "parameter_format": "POSITIONAL", "components": [
   {"type": "BODY", "text": "*{{1}}* is your verification code.", "example": {"body_text": [["123456"]]}},
   {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}
])json";

} // namespace

QJsonArray templates()
{
    static const QJsonArray all = QJsonDocument::fromJson(QByteArray(catalogue)).array();
    return all;
}

} // namespace megaphone::SandboxCatalogue
