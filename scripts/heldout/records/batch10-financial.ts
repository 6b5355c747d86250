/**
 * Held-out batch 10: payment data, second representative sample (support chats, AP/AR e-mails,
 * payroll and vendor forms). Measured once on the frozen engine (README, "Tenth batch").
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

const email = (s: string) => v('pii.email', s);

export const BATCH10_FINANCIAL: DraftRecord[] = [
  rec('support_chat', f`Customer: I was charged twice for order 118-4402917. Card is ${v('financial.payment_card', '4288 0758 8410 1947')}, exp 09/28.
Agent: Sorry about that! I can see two authorisations; one will drop off within 5 days.

Can you draft a friendlier reply for the agent?`),

  rec('refund_email', f`Please process a refund of $249.00 to the original card. Customer gave the full number on the phone: ${v('financial.payment_card', '5300986533485997')}. Ticket CS-77120.`),

  rec('psp_log', f`2026-12-02T14:07:33Z ERROR payment.capture failed {"order":"A-55128","pan":"${v('financial.payment_card', '4413252378511190')}","amount":"89.90","currency":"EUR","code":"do_not_honor"}

What does do_not_honor mean and should we retry?`),

  rec('amex_chat', f`Our CFO's corporate Amex ${v('financial.payment_card', '3725 648374 46066')} was declined at the hotel in Zurich. Who do we call, the bank or Amex?`),

  rec('bank_change_de', f`Sehr geehrte Damen und Herren,
bitte ändern Sie unsere Bankverbindung ab 1. Januar 2027 auf:
IBAN ${v('financial.iban', 'DE06 3704 0044 8731 3848 21')}, BIC ${amb('financial.swift_bic', 'COBADEFFXXX')}
Mit freundlichen Grüßen, Buchhaltung Krämer Haustechnik GmbH

Kannst du prüfen, ob das nach Phishing klingt?`),

  rec('invoice_uk', f`Remittance details for invoice INV-20931: Barclays, sort code 20-45-16, IBAN ${v('financial.iban', 'GB35BARC20451655453559')}. Payment terms 30 days. Can you turn this into a payment reminder?`),

  rec('dunning_fr', f`Rédige une relance polie : la facture F-2026-0418 de 3 480,00 € reste impayée depuis 45 jours. Virement à effectuer sur ${v('financial.iban', 'FR28 3000 4008 2335 3003 9634 770')}.`),

  rec('payroll_es', f`Para la nómina de diciembre, el IBAN nuevo de Lucía Ferrer es ${v('financial.iban', 'ES20 2100 0418 9959 4716 2903')}. ¿Cómo lo actualizo en SAP SuccessFactors?`),

  rec('vendor_nl', f`Leverancier Van Dijk Logistiek stuurt een nieuw rekeningnummer: ${v('financial.iban', 'NL71INGB3356098541')}. Welke controles moeten we doen voordat we dit wijzigen?`),

  rec('it_iban', f`Scrivi una mail al fornitore: abbiamo ricevuto l'IBAN ${v('financial.iban', 'IT51X0542811101446151261905')} ma il nome del beneficiario non corrisponde alla ragione sociale.`),

  rec('pl_iban', f`Klient prosi o zwrot na konto ${v('financial.iban', 'PL32 8769 3379 6374 6883 1351 2241')}. Jak to zaksięgować jako korektę faktury?`),

  rec('ach_form', f`New vendor ACH form — does this look complete? Bank: First Midwest. Routing ${v('financial.aba_routing', '022133751')}, account ${ambCat('financial', '004417289351')}, checking. Contact ${email('ap@harlowsupply.com')}, ${phone('+1 312 555 0148')}.`),

  rec('wire', f`For the Toronto office rent wire: ABA ${v('financial.aba_routing', '120418019')}, SWIFT ${amb('financial.swift_bic', 'CHASUS33')}. Is the ABA needed for an international wire or only SWIFT?`),
  rec('travel_card', f`Travel desk asked me to send the corporate card for the Madrid booking by e-mail: ${v('financial.payment_card', '5553 2023 8072 3561')}, expiry 11/27. Is that allowed under our card policy?`),
];
