/**
 * Held-out batch 104: documents carrying classification markings — fund memos, rights negotiations,
 * mine incident reports, clinic audits and housing board papers — in several languages. Hand-written.
 */
import { amb, f, phone, rec, v, type DraftRecord } from '../dsl';

export const BATCH104_CONFIDENTIAL: DraftRecord[] = [
  rec('memo_en', f`${v('confidential.marking', 'STRICTLY CONFIDENTIAL')} — ${v('confidential.marking', 'NOT FOR DISTRIBUTION')} OUTSIDE TRADE SUPPORT

To: Trade Support, Operations Control
From: Head of Operations
Re: Prime broker migration — cutover weekend 12–13 December

We will move all equity swap and cash equity flow from PBX to the new prime broker over the weekend. Until the announcement on 14 December, counterparties must not be told. Expect elevated breaks on Monday; all hands from 06:00.

Please turn this into a checklist for the desk.`),

  rec('mail_de', f`Betreff: ${v('confidential.marking', 'VERTRAULICH')} – Ergebnisse Hygiene-Audit Filiale Linz

Hallo zusammen,

anbei die Ergebnisse des internen Audits. Zwei Autoklaven haben die Bowie-Dick-Tests im Oktober nicht bestanden; die Geräte wurden ausgetauscht. Bitte bis Freitag einen Maßnahmenplan schicken.

Kannst du daraus eine kurze Zusammenfassung für die Geschäftsführung machen?`),

  rec('rights_fr', f`${v('confidential.marking', 'CONFIDENTIEL')}

Note interne – négociation des droits audiovisuels « Les Aventures de Pim le Hérisson »

Le studio belge propose 85 000 € d'à-valoir pour une série animée de 26 épisodes. Notre plancher est de 110 000 €. L'autrice n'est pas encore informée.

Peux-tu m'aider à préparer une contre-proposition polie mais ferme ?`),

  rec('incident_pl', f`Klauzula: ${v('confidential.marking', 'POUFNE')}

Raport z incydentu – Kopalnia Soli, poziom 600, 02.12.2026
O godz. 03:40 czujnik metanu MC-14 zgłosił 1,6% CH4. Ewakuowano 11 pracowników rejonu wschodniego. Brak poszkodowanych. Przyczyna: uszkodzenie lutniociągu.

Proszę o przetłumaczenie na angielski dla ubezpieczyciela.`),

  rec('board_nl', f`Kun je deze notulen inkorten tot één pagina?

${v('confidential.marking', 'Vertrouwelijk')} – Bestuursvergadering Huisvesting Statushouders, 28 november

1. Gemeente Utrecht kan in Q1 slechts 40 van de 65 toegezegde woningen leveren.
2. Voorstel: tijdelijke huisvesting in voormalig kantoorpand Papendorp (14 maanden).
3. Dit stuk is ${v('confidential.marking', 'vertrouwelijk')} tot het besluit van de gemeenteraad.`),

  rec('tlp_en', f`${v('confidential.marking', 'TLP:AMBER')}

Phishing campaign targeting rail ticket office staff — summary for the ops team
Since 30 Nov, staff received SMS messages pretending to be the rostering app, asking to "re-verify" credentials on a look-alike domain. Three accounts were reset. Do not share outside the organisation and its IT contractor.

Can you write a short awareness message for station staff based on this?`),

  rec('memo_es', f`Asunto: ${v('confidential.marking', 'CONFIDENCIAL')} - Cierre temporal de la clínica de Chapinero

Equipo:
Por problemas estructurales en el edificio, la sede Chapinero cerrará del 15 al 31 de enero. Los pacientes serán reubicados en Usaquén. No comuniquen nada a los pacientes hasta que Dirección lo apruebe.

¿Me ayudas a redactar el mensaje que luego se enviará a los pacientes?`),

  rec('memo_it', f`${v('confidential.marking', 'RISERVATO')} – ${v('confidential.marking', 'SOLO PER IL CDA')}

Oggetto: acquisizione del catalogo illustrato di Edizioni Gabbiano
Offerta preliminare: 1,2 milioni di euro, due diligence entro febbraio. Nessun contatto con gli autori prima della firma.

Puoi riassumere questo in tre punti per la presentazione?`),

  rec('sv_mail', f`Ämne: ${v('confidential.marking', 'KONFIDENTIELLT')}: nya hyresavtal Malmö

Hej! Vi har förhandlat fram 22 lägenheter med MKB för nyanlända familjer, men avtalet är inte undertecknat. Informationen är ${v('confidential.marking', 'konfidentiell')} fram till 15 januari.

Kan du formulera om texten så den passar i veckobrevet efter 15 januari?`),

  rec('cs_report', f`${v('confidential.marking', 'DŮVĚRNÉ')}

Zpráva o bezpečnosti – solný důl, listopad 2026
- 2 úrazy bez pracovní neschopnosti (pořezání ruky, podvrtnutý kotník)
- 1 téměř nehoda: selhání brzdy těžní klece, klec zastavena zachycovačem
Prosím o převod do tabulky pro vedení.`),

  rec('ja_memo', f`【${v('confidential.marking', '社外秘')}】
トレードサポート部 週次報告（12月第1週）
・未照合件数：47件（前週比 +12）
・主因：新プライムブローカーの約定通知フォーマット変更
この報告を英語に翻訳してください。`),

  rec('pt_memo', f`Classificação: ${v('confidential.marking', 'CONFIDENCIAL')}

Parecer interno sobre a renegociação dos direitos de tradução em Angola e Moçambique. A editora local pede redução do adiantamento de 6 000 € para 3 500 €. Recomendamos aceitar com royalties escalonados.

Podes resumir em inglês para a diretora?`),

  rec('ru_memo', f`Гриф: ${v('confidential.marking', 'КОНФИДЕНЦИАЛЬНО')}

Служебная записка: итоги проверки вентиляции на горизонте −420 м соляного рудника. Обнаружено снижение расхода воздуха на 18 % в восточном штреке. Рекомендовано ограничить работы до ремонта вентилятора ВМ-6.

Переведи, пожалуйста, на английский для аудитора.`),

  rec('en_email_footer', f`Draft a reply accepting the meeting please:

"Hi Rangi, could we meet on Thursday to go over the Q4 lost property auction results? Attached the summary, marked ${v('confidential.marking', 'INTERNAL ONLY')}.
Cheers, Aroha
Lost Property Coordinator | ${phone('+64 9 308 4412')}

${amb('confidential.marking', 'This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.')}"`),

  rec('tr_memo', f`Konu: ${v('confidential.marking', 'GİZLİ')} – Fon performans ücreti hesaplama hatası

Ekim ayında performans ücreti yanlış high-water mark ile hesaplandı; 3 yatırımcıya toplam 184.000 USD fazla ücret yansıtıldı. Düzeltme Aralık NAV'ında yapılacak. Yatırımcı İlişkileri dışında paylaşılmamalıdır.

Bunu yönetim kurulu için İngilizce özetler misin?`),
];
