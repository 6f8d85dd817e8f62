#include "demo/demo_templates.h"

namespace tw::core::demo {

const std::vector<TopicTemplates>& backgroundTopics() {
    static const std::vector<TopicTemplates> t{
        {"delivery_late", 0.14, -1,
         {"My {product} was supposed to arrive {days} days ago and there is still no sign of it.",
          "Delivery promised for Tuesday, it is now Friday. Order {order} still says 'in transit'.",
          "Still waiting for my {product}. Tracking hasn't updated in {days} days.",
          "The courier marked my parcel as delivered but nothing was at the door.",
          "Third time the delivery slot was moved. I took a day off work for nothing."},
         {"Meine Bestellung {order} ist seit {days} Tagen überfällig, keine Info vom Versand.",
          "Der Kurier hat das Paket als zugestellt markiert, aber es war nichts da."},
         {"Ma commande {order} a {days} jours de retard et aucune nouvelle.",
          "Le livreur a indiqué le colis comme livré, mais je n'ai rien reçu."},
         {"Mi pedido {order} lleva {days} días de retraso y nadie me dice nada.",
          "El repartidor marcó el paquete como entregado pero no llegó nada."}},
        {"product_quality", 0.12, -1,
         {"The {product} stopped working after {days} days. Really disappointed with the quality.",
          "Cheap plastic, the lid of the {product} cracked the first week.",
          "The {product} makes a loud buzzing noise. Not what I expected for the price.",
          "Screen on my {product} has dead pixels out of the box."},
         {"Der {product} ist nach {days} Tagen kaputt gegangen. Sehr enttäuschend."},
         {"Le {product} est tombé en panne après {days} jours. Très déçu de la qualité."},
         {"El {product} dejó de funcionar a los {days} días. Muy decepcionado."}},
        {"staff_praise", 0.12, 1,
         {"{name} at the {city} store was brilliant, patient and knew everything about the {product}.",
          "Great help from the chat agent, sorted my issue in five minutes. Thank you!",
          "Friendly staff and a smooth exchange. Will shop here again.",
          "Really impressed with the customer service, they went above and beyond."},
         {"Super freundliche Beratung im Laden in {city}, vielen Dank!"},
         {"Accueil très sympathique au magasin de {city}, merci beaucoup !"},
         {"Atención excelente en la tienda de {city}, ¡muchas gracias!"}},
        {"product_praise", 0.13, 1,
         {"Love my new {product}! Works perfectly and looks great.",
          "The {product} is excellent value, setup took two minutes.",
          "Best {product} I have owned, battery lasts for days.",
          "Quick delivery and the {product} is exactly as described. Happy customer."},
         {"Der neue {product} ist großartig, sehr zufrieden."},
         {"J'adore mon nouveau {product}, il fonctionne parfaitement."},
         {"Me encanta mi nuevo {product}, funciona perfecto."}},
        {"refund_slow", 0.08, -1,
         {"Returned the {product} {days} days ago and still no refund of {amount}.",
          "I was promised a refund within 5 days. It has been {days}. Where is my money?",
          "The return label never arrived, so I cannot send the {product} back."},
         {"Rückerstattung von {amount} seit {days} Tagen ausstehend."},
         {"Toujours pas de remboursement de {amount} après {days} jours."},
         {"Sigo esperando el reembolso de {amount} desde hace {days} días."}},
        {"wait_times", 0.08, -1,
         {"On hold for {hours} hours to speak to someone. Ridiculous.",
          "I have called three times this week and nobody can help me.",
          "Waited 45 minutes in the chat queue just to be disconnected."},
         {"Über eine Stunde in der Warteschleife. Unmöglich."},
         {"Plus d'une heure d'attente au téléphone. Inadmissible."},
         {"Más de una hora en espera al teléfono. Inaceptable."}},
        {"pricing", 0.07, -1,
         {"Prices went up again, the {product} is now {amount} more than last month.",
          "Found the same {product} much cheaper elsewhere. Do you price match?",
          "The delivery fee is higher than the item itself."},
         {"Die Preise sind schon wieder gestiegen."},
         {"Les prix ont encore augmenté."},
         {"Los precios han vuelto a subir."}},
        {"account_login", 0.06, -1,
         {"Cannot reset my password, the email never arrives.",
          "My account got locked after one wrong password and support cannot unlock it.",
          "Two-factor code never comes through so I cannot log in."},
         {"Ich kann mein Passwort nicht zurücksetzen."},
         {"Impossible de réinitialiser mon mot de passe."},
         {"No puedo restablecer mi contraseña."}},
        {"app_usability", 0.06, 0,
         {"The app is ok but finding order history takes too many taps.",
          "Would be nice if the app remembered my delivery address.",
          "Dark mode in the app please!"},
         {"Die App ist okay, aber die Suche könnte besser sein."},
         {"L'application est correcte mais la recherche est lente."},
         {"La app está bien pero la búsqueda es lenta."}},
        {"general_question", 0.08, 0,
         {"Do you deliver to {city} on Sundays?",
          "What is the warranty on the {product}?",
          "Is the {product} compatible with my older model?",
          "Can I change the delivery address for order {order}?"},
         {"Liefert ihr auch sonntags nach {city}?"},
         {"Livrez-vous à {city} le dimanche ?"},
         {"¿Hacen entregas en {city} los domingos?"}},
        {"cancellation", 0.06, -1,
         {"Cancelling my Brightline Plus subscription, it is not worth the money.",
          "I'm switching to another store after this experience. Never again.",
          "Please close my account, I am done with Brightline."},
         {"Ich kündige mein Abo, es lohnt sich nicht."},
         {"Je résilie mon abonnement, ça ne vaut pas le prix."},
         {"Voy a cancelar mi suscripción, no vale la pena."}},
    };
    return t;
}

const std::vector<std::string_view>& doubleChargeSocial(int stage) {
    static const std::vector<std::vector<std::string_view>> s{
        {"Hm, looks like @Brightline charged my card twice for order {order}?",
         "Anyone else see a double charge from Brightline this week?",
         "Just noticed two identical payments of {amount} to Brightline on my statement."},
        {"@Brightline you charged me twice for the same order and nobody answers. Fix this.",
         "Double charged AGAIN by Brightline, {amount} taken twice. Not happy.",
         "Brightline took my money twice and support says wait 10 days??"},
        {"@Brightline this is theft. Charged twice, overdraft fees, and no refund. Disgusting!!!",
         "Brightline double charged thousands of us and they just ignore it. Absolutely furious.",
         "Day {days} of waiting for Brightline to refund the double charge. Worst company ever!!!"},
    };
    return s[static_cast<std::size_t>(stage)];
}

const std::vector<std::string_view>& doubleChargeContact(int stage) {
    static const std::vector<std::vector<std::string_view>> s{
        {"I was charged twice for order {order}, can you check please?",
         "There are two payments of {amount} on my card for one order."},
        {"This is my second contact about being charged twice. I need the {amount} back now.",
         "You took {amount} twice and my account is overdrawn. I was told it would be fixed."},
        {"I have called four times about the double charge and I am still out {amount}. This is unacceptable, I am furious.",
         "Your double billing caused overdraft fees and nobody can tell me when I get my money. Absolutely outrageous."},
    };
    return s[static_cast<std::size_t>(stage)];
}

const std::vector<std::string_view>& promoFlurry() {
    static const std::vector<std::string_view> s{
        "The SPRING25 promo code doesn't work at checkout? @Brightline",
        "Promo code SPRING25 says invalid, anyone else?",
        "lol the Brightline promo code from the ad is broken",
        "@Brightline your promo code is expired already? The ad just went out."};
    return s;
}

const std::vector<std::string_view>& appOutage() {
    static const std::vector<std::string_view> s{
        "The Brightline app crashes every time I try to log in.",
        "App is down, cannot see my orders or track anything.",
        "Updated the app and now it won't open at all. Crashes on the start screen.",
        "Is the Brightline app broken? Spinning wheel forever on login.",
        "One star: the latest app update crashes on launch and I can't check out."};
    return s;
}

const std::vector<std::string_view>& adverseEvents() {
    static const std::vector<std::string_view> s{
        "The {product} overheated while charging and burned my hand. I needed treatment at the hospital.",
        "My son got a rash and blisters after using the teether you sold. The doctor said it was an allergic reaction.",
        "The space heater caught fire in our living room last night. Thankfully nobody was hurt but the smoke alarm saved us.",
        "The kettle lid flew off and boiling water scalded my arm, I have second degree burns.",
        "After drinking from the water filter I had stomach cramps and vomiting for two days.",
        "The battery of the baby monitor swelled up and started smoking next to the crib."};
    return s;
}

const std::vector<std::string_view>& litigationThreats() {
    static const std::vector<std::string_view> s{
        "If this is not refunded by Friday I will be contacting my lawyer.",
        "I am taking Brightline to small claims court over this.",
        "My attorney will be in touch. This is a breach of contract.",
        "See you in court. I have kept every receipt and email.",
        "I am considering joining a class action over these charges."};
    return s;
}

const std::vector<std::string_view>& regulatorComplaints() {
    static const std::vector<std::string_view> s{
        "I have filed a complaint with the Better Business Bureau.",
        "I am reporting Brightline to the FTC for deceptive billing.",
        "I will be submitting a complaint to the Consumer Financial Protection Bureau about the double charge.",
        "I have written to the state attorney general about how you treat customers.",
        "Reported you to the data protection authority for ignoring my GDPR request."};
    return s;
}

const std::vector<std::string_view>& employeeAllegations() {
    static const std::vector<std::string_view> s{
        "The delivery driver stole the package, my doorbell camera shows him taking it back to the van.",
        "The manager at the {city} store was verbally abusive and shouted slurs at my wife.",
        "An employee at the {city} store grabbed my arm and pushed me out of the shop.",
        "The technician who came to install the {product} took cash from my kitchen counter."};
    return s;
}

const std::vector<std::string_view>& products() {
    static const std::vector<std::string_view> s{"kettle", "vacuum cleaner", "smart speaker", "laptop", "phone charger",
                                                 "air fryer", "headphones", "space heater", "coffee machine",
                                                 "baby monitor", "TV", "router"};
    return s;
}

const std::vector<std::string_view>& firstNames() {
    static const std::vector<std::string_view> s{"Anna", "James", "Maria", "Lukas", "Sophie", "Carlos", "Emma",
                                                 "Noah", "Chloé", "Mateo", "Olivia", "Jonas", "Priya", "Kenji"};
    return s;
}

const std::vector<std::string_view>& lastNames() {
    static const std::vector<std::string_view> s{"Smith", "Müller", "Garcia", "Dubois", "Johnson", "Schmidt",
                                                 "Martinez", "Bernard", "Brown", "Rossi", "Nakamura", "Patel"};
    return s;
}

const std::vector<std::string_view>& cities() {
    static const std::vector<std::string_view> s{"Manchester", "Berlin", "Lyon", "Madrid", "Leeds", "Hamburg",
                                                 "Bristol", "Seville", "Glasgow", "Munich"};
    return s;
}

const std::vector<std::string_view>& agentGreetings() {
    static const std::vector<std::string_view> s{"Thank you for calling Brightline, my name is {name}, how can I help?",
                                                 "Brightline customer care, you're speaking with {name}.",
                                                 "Hello, Brightline support, how can I help you today?"};
    return s;
}

const std::vector<std::string_view>& agentReplies() {
    static const std::vector<std::string_view> s{"I'm sorry about that, let me look into it for you.",
                                                 "I understand, I've raised a ticket and escalated it.",
                                                 "Thanks for your patience, I can see the order here.",
                                                 "I apologise, I will transfer you to the right team."};
    return s;
}

const std::vector<std::string_view>& customerClosings() {
    static const std::vector<std::string_view> s{"Okay, thank you.", "Fine. Please call me back.",
                                                 "I hope this gets sorted this time.", "Thanks for your help."};
    return s;
}

}  // namespace tw::core::demo
