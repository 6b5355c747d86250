import { describe, expect, it } from 'vitest';
import { isAbaRouting } from '../../../src/engine/validators/aba';
import { isSwiftBic } from '../../../src/engine/validators/bic';
import { cpfCheckDigit, isBrCpf } from '../../../src/engine/validators/br-cpf';
import { isCaSin } from '../../../src/engine/validators/ca-sin';
import { contextNear } from '../../../src/engine/validators/context';
import { utf8FromBinary } from '../../../src/engine/base64';
import { isPlausibleDateOfBirth, monthFromName } from '../../../src/engine/validators/date-of-birth';
import { normalizeString } from '../../../src/engine/normalize';
import { isDeSteuerId, steuerIdCheckDigit } from '../../../src/engine/validators/de-steuer-id';
import { isEmailAddress } from '../../../src/engine/validators/email';
import { esControlLetter, isEsDni, isEsNie } from '../../../src/engine/validators/es-id';
import { frNirKey, isFrNir } from '../../../src/engine/validators/fr-nir';
import { IBAN_LENGTHS, ibanCheckDigits, ibanMod97, isIban } from '../../../src/engine/validators/iban';
import { isIpv4, isIpv6, isPersonalIp, parseIpv6 } from '../../../src/engine/validators/ip';
import { ISO_COUNTRIES } from '../../../src/engine/validators/iso-countries';
import { codiceFiscaleCheckChar, isItCodiceFiscale } from '../../../src/engine/validators/it-codice-fiscale';
import { luhnCheckDigit, luhnValid } from '../../../src/engine/validators/luhn';
import { isNlBsn } from '../../../src/engine/validators/nl-bsn';
import { isPassportNumber } from '../../../src/engine/validators/passport';
import { cardNetwork, isPaymentCard, TEST_PANS } from '../../../src/engine/validators/payment-card';
import { isPhoneNumber } from '../../../src/engine/validators/phone';
import { isUkNino } from '../../../src/engine/validators/uk-nino';
import { isUsSsn } from '../../../src/engine/validators/us-ssn';
import { isAadhaar, verhoeffCheckDigit, verhoeffValid } from '../../../src/engine/validators/verhoeff';

/** Every single-digit substitution of a valid number must fail a mod-10/11 style check. */
const singleDigitErrors = (valid: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < valid.length; i++) {
    const c = valid.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    for (let d = 0; d <= 9; d++) if (d !== c) out.push(valid.slice(0, i) + d + valid.slice(i + 1));
  }
  return out;
};

describe('luhn', () => {
  it('accepts known-valid numbers and rejects single-digit errors', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111-1111-1111-1111')).toBe(true);
    for (const bad of singleDigitErrors('79927398713')) expect(luhnValid(bad), bad).toBe(false);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('4111x1111')).toBe(false);
  });
  it('computes check digits', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('411111111111111')).toBe(1);
  });
});

describe('payment cards', () => {
  it('knows the networks by IIN range and length', () => {
    expect(cardNetwork('4111111111111111')).toBe('visa');
    expect(cardNetwork('5555555555554444')).toBe('mastercard');
    expect(cardNetwork('2223003122003222')).toBe('mastercard');
    expect(cardNetwork('2721000000000000')).toBeUndefined();
    expect(cardNetwork('378282246310005')).toBe('amex');
    expect(cardNetwork('3782822463100050')).toBeUndefined(); // Amex is 15 digits
    expect(cardNetwork('6011111111111117')).toBe('discover');
    expect(cardNetwork('6445644564456445')).toBe('discover');
    expect(cardNetwork('3530111333300000')).toBe('jcb');
    expect(cardNetwork('30569309025904')).toBe('diners');
    expect(cardNetwork('6200000000000005')).toBe('unionpay');
    expect(cardNetwork('6759649826438453')).toBe('maestro');
    expect(cardNetwork('2200000000000004')).toBe('mir');
    expect(cardNetwork('6074218190235560')).toBe('rupay');
    expect(cardNetwork('8212345678901234')).toBe('rupay');
    expect(cardNetwork('6363681245703397')).toBe('elo');
    expect(cardNetwork('6363701245703395')).toBeUndefined(); // 636370 is no Elo BIN
    expect(cardNetwork('9792043188265105')).toBe('troy');
    expect(cardNetwork('1234567812345670')).toBeUndefined();
  });
  it('validates test PANs and rejects Luhn errors', () => {
    for (const pan of TEST_PANS) expect(isPaymentCard(pan), pan).toBe(true);
    expect(isPaymentCard('4111111111111112')).toBe(false);
    expect(isPaymentCard('4222222222222')).toBe(false); // retired 13-digit Visa
  });
});

describe('IBAN mod-97', () => {
  it('accepts registry examples', () => {
    for (const iban of ['DE89370400440532013000', 'GB29NWBK60161331926819', 'NL91ABNA0417164300', 'FR1420041010050500013M02606', 'NO9386011117947', 'BE68539007547034', 'CH9300762011623852957']) {
      expect(isIban(iban), iban).toBe(true);
      expect(isIban(iban.replace(/(.{4})/g, '$1 ').trim()), iban).toBe(true);
      expect(isIban(iban.toLowerCase()), iban).toBe(true);
    }
  });
  it('builds valid IBANs for every country of the table at the registry length', () => {
    for (const [cc, len] of Object.entries(IBAN_LENGTHS)) {
      const bban = '1234567890ABCDEFGHIJ1234567890'.slice(0, len - 4);
      const iban = `${cc}${ibanCheckDigits(cc, bban)}${bban}`;
      expect(iban).toHaveLength(len);
      expect(isIban(iban), iban).toBe(true);
      expect(isIban(`${iban}1`), iban).toBe(false);
      expect(isIban(iban.slice(0, -1)), iban).toBe(false);
    }
    expect(Object.keys(IBAN_LENGTHS).length).toBeGreaterThanOrEqual(89);
  });
  it('rejects bad check digits, unknown countries, non-alphanumerics', () => {
    expect(isIban('DE88370400440532013000')).toBe(false);
    expect(isIban('DE8937040044053201300X')).toBe(false);
    expect(isIban('US89370400440532013000')).toBe(false);
    expect(isIban('DEAB370400440532013000')).toBe(false);
    expect(ibanMod97('DE89-370400440532013000')).toBe(-1);
  });
});

describe('ABA routing', () => {
  it('checks 3-7-1 and the prefix ranges', () => {
    for (const ok of ['021000021', '011000015', '111000025', '322271627', '026009593', '071000013']) expect(isAbaRouting(ok), ok).toBe(true);
    for (const bad of singleDigitErrors('021000021')) {
      // A few substitutions keep the checksum only if they also leave the ranges; none do here.
      expect(isAbaRouting(bad), bad).toBe(false);
    }
    expect(isAbaRouting('000000000')).toBe(false);
    expect(isAbaRouting('13100002' + '1')).toBe(false); // prefix 13
    expect(isAbaRouting('02100002')).toBe(false);
  });
});

describe('Verhoeff / Aadhaar', () => {
  it('computes and checks Verhoeff digits', () => {
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    expect(verhoeffCheckDigit('12345')).toBe(1);
    expect(verhoeffValid('123451')).toBe(true);
    // Verhoeff catches all single-digit errors and adjacent transpositions.
    const valid = `98765432101${verhoeffCheckDigit('98765432101')}`;
    for (const bad of singleDigitErrors(valid)) expect(verhoeffValid(bad), bad).toBe(false);
    for (let i = 0; i + 1 < valid.length; i++) {
      if (valid[i] === valid[i + 1]) continue;
      const swapped = valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2);
      expect(verhoeffValid(swapped), swapped).toBe(false);
    }
  });
  it('Aadhaar: 12 digits, not starting 0/1', () => {
    const a = `23456789012${verhoeffCheckDigit('23456789012')}`;
    expect(isAadhaar(a)).toBe(true);
    expect(isAadhaar(`${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`)).toBe(true);
    const one = `13456789012${verhoeffCheckDigit('13456789012')}`;
    expect(isAadhaar(one)).toBe(false);
    expect(isAadhaar('222222222222')).toBe(false);
    expect(isAadhaar(a.slice(0, 11))).toBe(false);
  });
});

describe('US SSN', () => {
  it('applies SSA ranges', () => {
    expect(isUsSsn('536-22-1947')).toBe(true);
    expect(isUsSsn('536 22 1947')).toBe(true);
    expect(isUsSsn('001-01-0001')).toBe(true);
    expect(isUsSsn('899-99-9999')).toBe(true);
    for (const bad of ['000-22-1947', '666-22-1947', '900-22-1947', '999-22-1947', '536-00-1947', '536-22-0000', '078-05-1120', '219-09-9999', '53622194', '5362219470']) {
      expect(isUsSsn(bad), bad).toBe(false);
    }
  });
});

describe('UK NINO', () => {
  it('applies HMRC prefix and suffix rules', () => {
    expect(isUkNino('AB123456C')).toBe(true);
    expect(isUkNino('ab 12 34 56 c')).toBe(true);
    expect(isUkNino('JG103759A')).toBe(true);
    for (const bad of ['QQ123456C', 'DA123456A', 'FA123456A', 'AD123456A', 'AO123456A', 'BG123456A', 'GB123456A', 'NK123456A', 'KN123456A', 'NT123456A', 'TN123456A', 'ZZ123456A', 'AB123456E', 'AB12345C']) {
      expect(isUkNino(bad), bad).toBe(false);
    }
  });
});

describe('DE Steuer-ID (ISO 7064 MOD 11,10)', () => {
  it('accepts valid numbers and rejects every single-digit error', () => {
    for (const ok of ['86095742719', '47036892816', '65929970489', '57549285017']) expect(isDeSteuerId(ok), ok).toBe(true);
    for (const bad of singleDigitErrors('86095742719')) expect(isDeSteuerId(bad), bad).toBe(false);
  });
  it('applies the repetition rules', () => {
    const make = (ten: string) => ten + steuerIdCheckDigit(ten);
    expect(isDeSteuerId(make('1123456789'))).toBe(true); // one digit twice
    expect(isDeSteuerId(make('1213145678'))).toBe(true); // three times, not adjacent
    expect(isDeSteuerId(make('1112345678'))).toBe(false); // three in a row
    expect(isDeSteuerId(make('1234567890'))).toBe(false); // no repetition
    expect(isDeSteuerId(make('1122345678'))).toBe(false); // two digits repeat
    expect(isDeSteuerId(make('1211131456'))).toBe(false); // four times
    expect(isDeSteuerId(make('0123456789'))).toBe(false); // leading zero
  });
});

describe('FR NIR', () => {
  it('key = 97 - n mod 97, Corsica 2A/2B', () => {
    expect(frNirKey('2690549588157')).toBe(80);
    expect(isFrNir('269054958815780')).toBe(true);
    expect(isFrNir('2 69 05 49 588 157 80')).toBe(true);
    const corsica = `185072A123456${String(frNirKey('185072A123456')).padStart(2, '0')}`;
    expect(isFrNir(corsica)).toBe(true);
    expect(isFrNir(corsica.toLowerCase())).toBe(true);
    // 2A must not be computed as if it were 20 or 19 for 2B.
    const b = `185072B123456${String(frNirKey('185072B123456')).padStart(2, '0')}`;
    expect(isFrNir(b)).toBe(true);
    expect(isFrNir(b.replace('2B', '2A'))).toBe(false);
    for (const bad of singleDigitErrors('269054958815780')) {
      // Changes to the sex or month digit may produce a structurally invalid NIR; all must fail.
      expect(isFrNir(bad), bad).toBe(false);
    }
    expect(isFrNir('569054958815780')).toBe(false);
  });
});

describe('ES DNI / NIE', () => {
  it('uses the mod-23 letter table', () => {
    expect(esControlLetter(0)).toBe('T');
    expect(esControlLetter(22)).toBe('E');
    expect(isEsDni('12345678Z')).toBe(true);
    expect(isEsDni('12345678-z')).toBe(true);
    expect(isEsDni('12.345.678-Z')).toBe(true);
    expect(isEsDni('12345678A')).toBe(false);
    expect(isEsDni('00000000T')).toBe(false);
    expect(isEsNie('X1234567L')).toBe(true);
    expect(isEsNie('Y1234567X')).toBe(true);
    expect(isEsNie('Z1234567R')).toBe(true);
    expect(isEsNie('X1234567A')).toBe(false);
    expect(isEsNie('W1234567L')).toBe(false);
  });
});

describe('IT codice fiscale', () => {
  it('computes the check character with the odd/even tables', () => {
    expect(codiceFiscaleCheckChar('RSSMRA85T10A562')).toBe('S');
    expect(isItCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isItCodiceFiscale('rssmra85t10a562s')).toBe(true);
    expect(isItCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
    const omocode = `RSSMRA85T10A56N${codiceFiscaleCheckChar('RSSMRA85T10A56N')}`;
    expect(isItCodiceFiscale(omocode)).toBe(true);
    expect(isItCodiceFiscale(`RSSMRALRTLMALNN${codiceFiscaleCheckChar('RSSMRALRTLMALNN')}`)).toBe(false); // no digit at all
    expect(isItCodiceFiscale(`RSSMRA85T72A562${codiceFiscaleCheckChar('RSSMRA85T72A562')}`)).toBe(false); // day 72
  });
});

describe('NL BSN (11-proef)', () => {
  it('accepts valid, rejects single-digit errors', () => {
    expect(isNlBsn('111222333')).toBe(true);
    expect(isNlBsn('123456782')).toBe(true);
    expect(isNlBsn('1234.56.782')).toBe(true);
    for (const bad of singleDigitErrors('123456782')) expect(isNlBsn(bad), bad).toBe(false);
    expect(isNlBsn('000000000')).toBe(false);
  });
});

describe('BR CPF', () => {
  it('checks both mod-11 digits and rejects repeated digits', () => {
    expect(cpfCheckDigit('529982247')).toBe(2);
    expect(isBrCpf('529.982.247-25')).toBe(true);
    expect(isBrCpf('52998224725')).toBe(true);
    expect(isBrCpf('111.444.777-35')).toBe(true);
    for (const bad of singleDigitErrors('52998224725')) expect(isBrCpf(bad), bad).toBe(false);
    for (let d = 0; d <= 9; d++) expect(isBrCpf(String(d).repeat(11))).toBe(false);
  });
});

describe('CA SIN', () => {
  it('Luhn, no leading 8 or 0 (never issued: 046 454 286 is the documentation example)', () => {
    expect(isCaSin('046 454 286')).toBe(false);
    expect(isCaSin('527 193 841')).toBe(true);
    expect(isCaSin('130-692-544')).toBe(true);
    expect(isCaSin('046454287')).toBe(false);
    const eight = `84645428${luhnCheckDigit('84645428')}`;
    expect(isCaSin(eight)).toBe(false);
  });
});

describe('SWIFT/BIC', () => {
  it('structure with a real ISO country', () => {
    expect(ISO_COUNTRIES.size).toBe(250);
    for (const ok of ['DEUTDEFF', 'DEUTDEFF500', 'NWBKGB2L', 'BOFAUS3N', 'CHASUS33XXX', 'ABNANL2A']) expect(isSwiftBic(ok), ok).toBe(true);
    for (const bad of ['DEUTXXFF', 'DEUTDEF', 'DEUTDEFF5', 'deutdeff', 'DE1TDEFF', 'CUSTOMER', 'BUSINESS']) expect(isSwiftBic(bad), bad).toBe(false);
  });
});

describe('passport', () => {
  it('rejects repeated characters and dates', () => {
    expect(isPassportNumber('533380006')).toBe(true);
    expect(isPassportNumber('C01X00T47')).toBe(true);
    expect(isPassportNumber('000000000')).toBe(false);
    expect(isPassportNumber('100000000')).toBe(false);
    expect(isPassportNumber('20190314')).toBe(false);
    expect(isPassportNumber('14032019')).toBe(false);
    expect(isPassportNumber('CHKLSTXYZ')).toBe(false);
    // Syria: a letter and nine digits.
    expect(isPassportNumber('N011482736')).toBe(true);
    expect(isPassportNumber('N000000000')).toBe(false);
    expect(isPassportNumber('NN11482736')).toBe(false);
    expect(isPassportNumber('1011482736')).toBe(false);
  });
});

describe('date of birth', () => {
  const now = new Date(Date.UTC(2025, 5, 1));
  it('parses numeric and written forms', () => {
    for (const ok of ['1985-03-14', '14/03/1985', '03/14/1985', '14.03.85', '14 March 1985', 'March 14, 1985', '14th of March 1985', '14. März 1985', '1er janvier 1970', 'Mar. 14, 1985', '14 dic 1985', '2 juin 1990', '2 juil. 1990']) {
      expect(isPlausibleDateOfBirth(ok, now), ok).toBe(true);
    }
  });
  it('rejects impossible, future and too old dates', () => {
    for (const bad of ['1985-02-30', '1985-13-01', '31/04/1985', '2025-06-02', '1899-12-31', '14 Smarch 1985', '32/01/1985', '1985-3-14-1', '14/03/198']) {
      expect(isPlausibleDateOfBirth(bad, now), bad).toBe(false);
    }
    expect(isPlausibleDateOfBirth('2025-06-01', now)).toBe(true);
  });
  it('2-digit years resolve to the last century when in the future', () => {
    expect(isPlausibleDateOfBirth('01/01/30', now)).toBe(true); // 1930
    expect(isPlausibleDateOfBirth('01/01/24', now)).toBe(true); // 2024
  });
  it('month names', () => {
    expect(monthFromName('juin')).toBe(6);
    expect(monthFromName('juillet')).toBe(7);
    expect(monthFromName('Juli')).toBe(7);
    expect(monthFromName('Okt.')).toBe(10);
    expect(monthFromName('xyz')).toBe(0);
  });
  it('Cyrillic month names, whole words, in every spelling normalisation leaves', () => {
    const months: [string, number][] = [['січня', 1], ['лютого', 2], ['березня', 3], ['квітня', 4], ['травня', 5], ['червня', 6], ['липня', 7], ['серпня', 8], ['вересня', 9], ['жовтня', 10], ['листопада', 11], ['грудня', 12],
      ['января', 1], ['марта', 3], ['мая', 5], ['августа', 8], ['сентября', 9], ['сент.', 9], ['декабря', 12], ['декември', 12], ['јануар', 1]];
    for (const [w, m] of months) {
      for (const form of [w, w.toUpperCase()]) expect(monthFromName(normalizeString(form)), form).toBe(m);
      expect(monthFromName(w), w).toBe(m);
    }
    for (const w of ['листа', 'сена', 'серый', 'марка']) expect(monthFromName(w), w).toBe(0);
    expect(isPlausibleDateOfBirth('30 квітня 1985', now)).toBe(true);
    expect(isPlausibleDateOfBirth(normalizeString('30 КВІТНЯ 1985'), now)).toBe(true);
    expect(isPlausibleDateOfBirth('31 сентября 1985', now)).toBe(false);
  });
  it('Solar Hijri years, year first', () => {
    expect(isPlausibleDateOfBirth('1369/06/21', now)).toBe(true); // 12 September 1990
    expect(isPlausibleDateOfBirth('1403/12/30', now)).toBe(true); // 20 March 2025
    expect(isPlausibleDateOfBirth('1404/03/12', now)).toBe(false); // 2 June 2025, after `now`
    expect(isPlausibleDateOfBirth('1369/07/31', now)).toBe(false); // Mehr has 30 days
    expect(isPlausibleDateOfBirth('1270/01/01', now)).toBe(false); // 1891: too old
  });
  it('Bikram Sambat years (Nepal), year first, only more than ten years ahead', () => {
    const y = now.getUTCFullYear();
    expect(isPlausibleDateOfBirth(`${y + 22}/04/15`, now)).toBe(true); // a birth 35 years ago
    expect(isPlausibleDateOfBirth(`${y + 22}/04/32`, now)).toBe(true); // BS months run to 32 days
    expect(isPlausibleDateOfBirth(`${y + 22}/13/01`, now)).toBe(false);
    expect(isPlausibleDateOfBirth(`${y + 5}-01-01`, now)).toBe(false); // a placeholder, not BS
    expect(isPlausibleDateOfBirth(`${y + 60}/01/01`, now)).toBe(false); // after today in BS too
    expect(isPlausibleDateOfBirth('1987-02-29', now)).toBe(false); // past years are Gregorian
  });
});

describe('IP addresses', () => {
  it('IPv4 syntax', () => {
    expect(isIpv4('192.168.1.1')).toBe(true);
    expect(isIpv4('255.255.255.255')).toBe(true);
    expect(isIpv4('256.1.1.1')).toBe(false);
    expect(isIpv4('01.1.1.1')).toBe(false);
    expect(isIpv4('1.1.1')).toBe(false);
  });
  it('IPv6 syntax', () => {
    expect(isIpv6('2001:db8::1')).toBe(true);
    expect(isIpv6('2001:0db8:0000:0000:0000:ff00:0042:8329')).toBe(true);
    expect(isIpv6('::')).toBe(true);
    expect(isIpv6('1::2::3')).toBe(false);
    expect(isIpv6('1:2:3:4:5:6:7')).toBe(false);
    expect(isIpv6('1:2:3:4:5:6:7:8:9')).toBe(false);
    expect(isIpv6('12345::')).toBe(false);
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
  });
  it('which addresses are personal', () => {
    for (const ok of ['203.0.113.7', '10.0.0.1', '172.16.0.1', '192.168.0.1', '100.64.0.1', '2001:db8::8a2e:370:7334', 'fe80::1ff:fe23:4567:890a']) expect(isPersonalIp(ok), ok).toBe(true);
    for (const no of ['0.0.0.0', '127.0.0.1', '127.1.2.3', '169.254.1.1', '224.0.0.1', '255.255.255.0', '::1', '::', 'ff02::1:2:3', 'a::b', 'dead::beef:cafe']) expect(isPersonalIp(no), no).toBe(false);
  });
});

describe('email', () => {
  it('accepts ordinary addresses, rejects assets and git remotes', () => {
    expect(isEmailAddress('jane.doe@example.com')).toBe(true);
    expect(isEmailAddress('a+b@sub.example.co.uk')).toBe(true);
    expect(isEmailAddress('icon@2x.png')).toBe(false);
    expect(isEmailAddress('logo@1.5x.png')).toBe(false);
    expect(isEmailAddress('git@github.com')).toBe(false);
    expect(isEmailAddress('.a@example.com')).toBe(false);
    expect(isEmailAddress('a.@example.com')).toBe(false);
    expect(isEmailAddress('a..b@example.com')).toBe(false);
    expect(isEmailAddress('a@-example.com')).toBe(false);
    expect(isEmailAddress('a@example.c0m')).toBe(false);
    expect(isEmailAddress('GIT@github.com')).toBe(false);
    expect(isEmailAddress('gitlab@example.com')).toBe(true);
    expect(isEmailAddress('a@example.')).toBe(false);
    expect(isEmailAddress('a@example-.com')).toBe(false);
    expect(isEmailAddress('a@example..com')).toBe(false);
    expect(isEmailAddress('a@localhost')).toBe(false);
    expect(isEmailAddress('a@example.c')).toBe(false);
    expect(isEmailAddress('a@Example.COM')).toBe(true);
    expect(isEmailAddress('a@2X.PNG')).toBe(false);
    expect(isEmailAddress('a@x.y-z.io')).toBe(true);
  });
});

describe('phone (libphonenumber-js max)', () => {
  const at = (text: string, value: string) => {
    const start = text.indexOf(value);
    return { text, start, end: start + value.length };
  };
  it('international numbers validate per country', () => {
    expect(isPhoneNumber('+1 415 555 2671')).toBe(true);
    expect(isPhoneNumber('+44 20 7946 0958')).toBe(true);
    expect(isPhoneNumber('+44 7700 900123')).toBe(true); // Ofcom drama range
    expect(isPhoneNumber('0049 30 12345678')).toBe(true);
    expect(isPhoneNumber('+1 123 456 7890')).toBe(false);
    expect(isPhoneNumber('+999 123 4567')).toBe(false);
  });
  it('national numbers need a phone-like shape', () => {
    expect(isPhoneNumber('(415) 555-2671')).toBe(true);
    expect(isPhoneNumber('020 7946 0958')).toBe(true);
    expect(isPhoneNumber('2024-01-15')).toBe(false);
    expect(isPhoneNumber('120 000 000')).toBe(false);
    expect(isPhoneNumber('192.168.10.200')).toBe(false);
    expect(isPhoneNumber('036.004.1486')).toBe(false);
  });
  it('compact runs and Spanish 9-digit numbers need a phone word', () => {
    expect(isPhoneNumber('4155552671')).toBe(false);
    expect(isPhoneNumber('4155552671', at('call 4155552671', '4155552671'))).toBe(true);
    expect(isPhoneNumber('612 345 678')).toBe(false);
    expect(isPhoneNumber('612 345 678', at('móvil 612 345 678', '612 345 678'))).toBe(true);
    expect(isPhoneNumber('263.712.3611', at('build 263.712.3611', '263.712.3611'))).toBe(false);
  });
  it('national numbers of more countries count next to a phone word, in their own shape', () => {
    const cases: [string, string][] = [
      ['Telefone: 912 345 678', '912 345 678'], // PT mobile
      ['kom. 512 345 678', '512 345 678'], // PL mobile
      ['NZ mobile 021 123 4567', '021 123 4567'], // NZ, trunk 0
      ['tlf. 45 67 89 12', '45 67 89 12'], // DK, 8 digits
      ['κινητό/mobile 694 123 4567', '694 123 4567'], // GR mobile
    ];
    for (const [text, value] of cases) {
      expect(isPhoneNumber(value, at(text, value)), text).toBe(true);
      expect(isPhoneNumber(value, at(`ref ${value}`, value)), `without a word: ${value}`).toBe(false);
    }
  });
  it('another label right before the number wins over a phone word further away', () => {
    const id = 'Phone conference ID: 482 917 365#';
    expect(isPhoneNumber('482 917 365', at(id, '482 917 365'))).toBe(false);
    const order = 'phone +91-9820145673. Order 4471-0098 thanks';
    expect(isPhoneNumber('4471-0098', at(order, '4471-0098'))).toBe(false);
    // Eight digits need the word just before, as a label, not somewhere after.
    const account = 'account 55029184, checking. Phone for questions';
    expect(isPhoneNumber('55029184', at(account, '55029184'))).toBe(false);
  });
});

describe('contextNear', () => {
  it('looks before (and optionally after) the value, by whole words', () => {
    const text = 'my SIN is 046 454 286 ok';
    const ctx = { text, start: 10, end: 21 };
    expect(contextNear(ctx, /\bsin\b/i, 20)).toBe(true);
    expect(contextNear(ctx, /\bok\b/i, 20)).toBe(false);
    expect(contextNear(ctx, /\bok\b/i, 20, 5)).toBe(true);
    expect(contextNear(undefined, /x/, 20)).toBe(false);
  });
});

describe('utf8FromBinary (decoded Basic credentials)', () => {
  const bin = (bytes: number[]) => String.fromCharCode(...bytes);
  it('reads well-formed UTF-8 of one to four bytes', () => {
    expect(utf8FromBinary(bin([0x61, 0xc3, 0x89, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]))).toBe('aÉ€😀');
    expect(utf8FromBinary(Buffer.from('svc:pässwort-Ü9').toString('latin1'))).toBe('svc:pässwort-Ü9');
  });
  it('refuses overlong forms, surrogates, code points above U+10FFFF and cut sequences', () => {
    expect(utf8FromBinary(bin([0xc0, 0x80]))).toBeNull();
    expect(utf8FromBinary(bin([0xe0, 0x80, 0x80]))).toBeNull();
    expect(utf8FromBinary(bin([0xed, 0xa0, 0x80]))).toBeNull();
    expect(utf8FromBinary(bin([0xf4, 0x90, 0x80, 0x80]))).toBeNull();
    expect(utf8FromBinary(bin([0x61, 0xe2, 0x82]))).toBeNull();
    expect(utf8FromBinary(bin([0xff, 0x3a, 0x41]))).toBeNull();
  });
});
