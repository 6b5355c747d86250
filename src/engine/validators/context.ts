import type { MatchContext } from '../types';

/**
 * Word-boundary context check for validators. The pipeline's `context.words` are plain
 * substrings over the whole rule; some forms need more: a bare 9-digit run is an SSN only right
 * after "SSN", and "sin" must not be found inside "using". `re` must not have the g/y flag.
 */
export const contextNear = (ctx: MatchContext | undefined, re: RegExp, before = 40, after = 0): boolean => {
  if (!ctx) return false;
  const from = Math.max(0, ctx.start - before);
  const to = Math.min(ctx.text.length, ctx.end + after);
  return re.test(ctx.text.slice(from, ctx.start)) || (after > 0 && re.test(ctx.text.slice(ctx.end, to)));
};

/**
 * CJK labels that name a booking, order, receipt, membership or other reference number (予約番号,
 * 注文番号, 订单号, 예약번호, …), as a regex alternation: the number after one is that reference, not a
 * phone or an identity number that happens to check. Shared by the phone and Aadhaar validators.
 */
export const CJK_REFERENCE_LABELS = [
  '予約番号', '注文番号', '受付番号', '管理番号', '会員番号', '伝票番号', '問い合わせ番号', 'お問い合わせ番号',
  '订单号', '订单编号', '预订号', '訂單編號', '預約編號', '예약번호', '주문번호', '접수번호',
  // ZH account numbers of a utility or a bank: 户号 / 戶號 (household account), 账号 / 帳號, 账户, 客户编号; JA お客様番号.
  '户号', '戶號', '账号', '帳號', '账户', '帳戶', '客户编号', '客戶編號', 'お客様番号',
  // Parcel tracking numbers: JA 追跡番号, ZH 运单号 / 快递单号 / 追踪号, KO 운송장번호 / 송장번호.
  '追跡番号', '运单号', '運單號', '快递单号', '追踪号', '운송장번호', '송장번호',
].join('|');
