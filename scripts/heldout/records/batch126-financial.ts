/**
 * Held-out batch 126: card numbers, IBANs and bank details in premium mandates, housing-benefit
 * payouts, watch-repair invoices, bike-rental deposits and broker premium notes. Hand-written.
 */
import { amb, ambCat, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH126_FINANCIAL: DraftRecord[] = [
  rec('mandate_de', f`Bitte prüf dieses SEPA-Lastschriftmandat auf Vollständigkeit, bevor ich es an die Sterbekasse zurückschicke:

Gläubiger-ID: DE41ZZZ00002738194
Mandatsreferenz: STK-2025-004817
Kontoinhaber: Hildegard Obermaier
IBAN: ${v('financial.iban', 'DE31 5001 0517 5829 3640 17')}
BIC: ${amb('financial.swift_bic', 'INGDDEFFXXX')}
Monatsbeitrag: 18,40 €
Ort, Datum: Rosenheim, 03.02.2025`),

  rec('email_fr', f`Objet : Changement de RIB – contrat obsèques n° OB-771203

Madame, Monsieur,
Suite au décès de mon mari, je souhaite que les cotisations soient désormais prélevées sur mon compte personnel :
${v('financial.iban', 'FR15 3000 4028 3719 4052 8173 649')}
Titulaire : Mme Colette Fauchard

Pouvez-vous m'aider à reformuler ce courrier de façon plus formelle ?`),

  rec('chat_gsw', f`Chasch mir es Mail uf Hochdütsch schriibe? De Kund wott d'Revision vo sinere Uhr per Überwiisig zahle. Üsi Kontoverbindig: ${v('financial.iban', 'CH93 0076 2011 6238 5295 7')}, Zahligszweck "Revision Ref. AUR-SV-20931". Betrag CHF 1'480.–.`),

  rec('chat_en_us', f`Customer at the rental counter wants to leave her card on file for the damage deposit instead of cash. She read it out: ${v('financial.payment_card', '4532 9170 4826 1535')}, exp 09/27, billing ZIP 81611. Our POS is down — what's the safest way to note this until it's back? Write me a short procedure for the staff.`),

  rec('email_en_uk', f`Hi Tom,

Premium for the Harwell Logistics cyber policy (£42,750 incl. IPT) should go to our client money account:
Account name: Kestrel Cyber Risk Brokers Ltd – Client Account
Sort code 20-05-17, account ${ambCat('financial', '73829164')}
IBAN ${v('financial.iban', 'GB25 BARC 2005 1773 8291 64')}
Please quote KCRB/2025/0183 as the reference.

Thanks,
Priya`),

  rec('resolucion_es', f`Redacta la notificación de concesión con estos datos:
Expediente: AYALQ-2025-00841
Beneficiaria: Rocío Benjumea Morales
Importe mensual: 212,00 € durante 12 meses
Cuenta de abono: ${v('financial.iban', 'ES44 0182 2914 7302 0836 5194')}
Entidad: BBVA`),

  rec('chat_it', f`Ciao, il cliente ha chiamato per pagare la revisione completa del cronografo (€ 890) con carta al telefono. Mi ha dettato: ${v('financial.payment_card', '5243 7193 0582 6472')} scadenza 11/26 CVV 318. Posso inserirla a mano nel POS o devo mandargli il link di pagamento? Scrivimi una risposta cortese.`),

  rec('brief_nl', f`Maak er een nette brief van:
"Uw aanvraag bijzondere bijstand voor de wasmachine is toegekend (€ 389). Wij maken het bedrag binnen 5 werkdagen over naar rekening ${v('financial.iban', 'NL33 RABO 0318 4729 65')} t.n.v. S. El Amrani."`),

  rec('chat_pt_pt', f`Bom dia, preciso de ajuda para responder a um associado que quer mudar a conta de débito das quotas do seguro de funeral. Nova conta: ${v('financial.iban', 'PT84 0035 0718 4920 3617 5824 3')} (Caixa Geral de Depósitos). Quero confirmar que a alteração entra em vigor no próximo mês.`),

  rec('chat_pl', f`Napisz proszę uprzejme pismo do wnioskodawcy, że dodatek mieszkaniowy za marzec zostanie przelany na rachunek ${v('financial.iban', 'PL28 2490 1028 0000 0001 9483 7261')}, a nie na konto poprzedniego właściciela mieszkania.`),

  rec('chat_cs', f`Dobrý den, příjemkyně příspěvku na bydlení nám poslala nové číslo účtu. V IBAN tvaru je to ${v('financial.iban', 'CZ34 0300 0000 0029 1837 4650')}. Můžete mi pomoct napsat potvrzení o změně?`),

  rec('invoice_hu', f`Kérlek, fordítsd le angolra ezt a számla-láblécet:
Ridgeline Bikepark Kft. · Adószám: 28374619-2-19
Bankszámla: ${v('financial.iban', 'HU36 1170 5008 2049 3718 0000 0000')} (OTP Bank)
Fizetési határidő: 8 nap`),

  rec('chat_tr', f`Merhaba, Nişantaşı mağazamızdan saatini servise bırakan müşteri ödemeyi havaleyle yapmak istiyor. IBAN'ımız ${v('financial.iban', 'TR57 0001 0029 1837 4652 8100 01')} – alıcı: Maison Aurèle Saat Tic. A.Ş. Açıklama kısmına servis numarasını (SRV-IST-5512) yazmasını rica eden kibar bir mesaj yazar mısın?`),

  rec('chat_ar_gulf', f`عميل في فرع دبي مول يبي يدفع رسوم الصيانة (٣٬٢٠٠ درهم) بالتحويل. حسابنا: ${v('financial.iban', 'AE52 0260 0010 2938 4756 101')}. وإذا حب يدفع بالبطاقة، أعطانا رقم أمريكان إكسبريس ${v('financial.payment_card', '3782 194057 38162')} — هل نقدر نحفظه في الملف؟`),

  rec('chat_ja', f`時計の修理代金について、お客様から電話でカード番号を伺いました。JCB ${v('financial.payment_card', '3569-1284-7305-9182')}、有効期限 03/28 です。このまま受付票に書いておいて大丈夫でしょうか？社内ルールに沿った対応方法を教えてください。`),

  rec('chat_zh_cn', f`帮我给上海的种植户写一封付款提醒。他说上次用银联卡 ${v('financial.payment_card', '6250 9381 7462 0315')} 付设备押金失败了，请他改用对公转账或者重新绑卡。`),

  rec('ach_en_us', f`Setting up ACH for our nutrient supplier (Leafstack Newark farm). Vendor form says:
Bank: Valley Commerce Bank
Routing (ABA): ${v('financial.aba_routing', '021009022')}
Account: ${ambCat('financial', '4471938205')}
Remit-to: ${v('pii.email', 'ar@greenroot-nutrients.com')}
Do I enter "checking" or "savings" if the form doesn't say?`),

  rec('chat_sv', f`Hej, kan du hjälpa mig att formulera ett svar till en gäst som vill ha tillbaka depositionen för den skadade cykeln? Vi återbetalar 2 500 kr till ${v('financial.iban', 'SE74 8000 0832 7901 7463 5281')} inom 10 bankdagar.`),

  rec('email_el', f`Θέμα: Αλλαγή λογαριασμού χρέωσης – ασφαλιστήριο κηδείας 40-118273

Αγαπητή κυρία Παπαδοπούλου,
επιβεβαιώνουμε ότι οι μηνιαίες εισφορές θα χρεώνονται πλέον στο ${v('financial.iban', 'GR05 0172 0380 0050 3827 4916 253')}.

Βοήθησέ με να το κάνω λίγο πιο ζεστό στο ύφος, είναι χήρα πρόσφατα.`),

  rec('csv', f`Reconcile our bike-park rental deposits against the acquirer report and flag mismatches:

${amb('source_code.snippet', f`booking,date,amount_eur,card,status
RB-30218,2025-07-04,150.00,**** **** **** 2745,captured
RB-30219,2025-07-04,150.00,${v('financial.payment_card', '4917 6023 8417 5409')},released
RB-30220,2025-07-05,300.00,${v('financial.payment_card', '5488103729461832')},captured
RB-30221,2025-07-05,150.00,**** **** **** 3052,released
RB-30222,2025-07-06,150.00,${v('financial.payment_card', '2221 0038 4715 2934')},captured`)}

(the lower lodge terminal still exports full PANs for some reason)`),

  rec('chat_ko', f`안녕하세요, 시계 수리 보증금 결제가 안 됐다고 고객님이 연락하셨어요. 카드번호 ${v('financial.payment_card', '4147-2093-8561-2745')}, 유효기간 12/26이라고 하시는데, 카드번호를 메모에 남겨도 되는지 사내 규정 기준으로 알려주세요. 연락처는 ${phone('010-3829-1746', 'KR')}입니다.`),

  rec('chat_ro', f`Bună, furnizorul de LED-uri pentru ferma verticală ne cere plata avansului. Datele lor: SC Lumina Agro SRL, ${v('financial.iban', 'RO35 BTRL 0130 1205 K381 94XX')}, SWIFT ${amb('financial.swift_bic', 'BTRLRO22')}. Îmi scrii un e-mail scurt că plata pleacă vineri?`),
];
