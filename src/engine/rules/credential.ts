/**
 * Credential detectors, each written from the provider's documented token format (prefixes,
 * lengths, alphabets). Strongly prefixed tokens are found by their prefix (the prefilter
 * keyword); formats without a prefix (AWS secret keys, Datadog/Twilio/Cloudflare keys, …) need a
 * context word nearby (`context.required`) and a minimum entropy.
 *
 * Allow lists / documented examples: AWS's documentation keys (AKIAIOSFODNN7EXAMPLE and its
 * secret) and values that read as placeholders (`example`, `your_api_key`, `xxxxxxxx`, `****`,
 * `<…>`, `${…}`) are dropped. Stripe test-mode keys (`sk_test_`/`rk_test_`) are not reported:
 * Stripe documents them for tutorials and CI, they cannot move money, and flagging every pasted
 * test setup would teach users to ignore warnings. Generic rules leave them alone too.
 *
 * Sample values below are FAKE (seeded random, most contain `FAKE`) but format-valid.
 */
import { CJK_LETTERS } from '../letters';
import type { MatchContext, Rule } from '../types';
import { escapeRe } from '../escape';
import { tokenChecksum, tokenChecksumOk } from '../validators/token-checksum';
import { decodeBase64, encodeBase64, isPrintable, isPrintableText, utf8FromBinary } from '../base64';
import { foldedSpellings } from '../normalize';
import { shannonEntropy } from '../entropy';
import { scanUserMaps } from '../user-maps';
import { isEmailAddress } from '../validators/email';

/**
 * A sample token with a valid checksum, built at load time from its prefix and random part (so
 * the source holds no string that token scanners would take for an issued token).
 */
const checksummedSample = (prefixAndRandom: string): string => prefixAndRandom + tokenChecksum(prefixAndRandom.slice(4));

/** Fake, format-valid sample values used by the rule samples (never real secrets). */
const F = {
  awsKeyId: "AKIAZ7FAKEKEYQ2W3E4R",
  awsKeyId2: "ASIAAYFAKE6I6A3ZHLBW",
  awsSecret: "dgFAKELxk6NNIcnrBZ9XmBVfsWOpnvh8rgfFNvPV",
  awsSession: "IQoJb3JpZ2luX2VjEFAKETtFAKEMuXBOSyU7c34Xbk6GiB5GPKJOtDpcEclntoEdxnxpBv6Uqb8ZAQVK9ZtSicxzZLpava7GSHIvlOYbzqfV5sjOC3/6GcDyoveBMcfh8stDq9P34L+O1rdYytTHwPi0d+1oP9i9AGTCXYtfnBmjq6yNtuSEJKxL96TtgO174VidrVpf5YTd/PVJ+poflUCChRRkT+5+YBwDCT+O1+Q6fcPZ8",
  ghp: checksummedSample("ghp_t1FAKEdS1XdL9gqguFqLopfwlUEZwj"),
  gho: checksummedSample("gho_tgFAKED8c5XLIqQYxggSLVvkAyFQxg"),
  ghu: checksummedSample("ghu_ZnFAKE8uY8VygbtUv6dxUu5fAbUSMN"),
  ghs: checksummedSample("ghs_4mFAKEpisYpqHB41wOH60oePu5NPvC"),
  ghr: checksummedSample("ghr_6AFAKEHhY4dS4CRL2HUcnKD3D1UDBw"),
  ghFine: "github_pat_11OtFAKEzxWKJR9kKqh8Mf_3nFAKEfFVFHjISTfy4Nzo4tPsrN13R6hCKhk18UH2Lf3gLzJ7X3TIsVDlkx",
  glpat: "glpat-JQFAKEPyImH8eXjKezLK",
  gldt: "gldt-8jFAKEJYD7mANLTfm4Wf",
  glrt: "glrt-eDFAKEs9aQKZiuM9qqZw",
  xoxb: "xoxb-387878624442-0632789301356-klFAKEME39LEVlbQfayP31ys",
  xoxp: "xoxp-030691274391-953381430440-5995964984206-ad058ac789214e9a1851d45d5db9f4ed",
  xoxe: "xoxe.xoxp-1-JFFAKEYBRK0MYKUB2ZJ7DBDQ68K3W0DPEER8QU6EOKG2HJOGU88XTX124IWF",
  xapp: "xapp-1-AGL1R7EPHZZ-5159965169095-98025fd51cf784d712b04233b04d846f0f9dcdaf8bfdc299740828a664d184c8",
  slackHook: "https://hooks.slack.com/services/T957WGOIB/BVI7I950XWC/KDFAKEPqWOR5k8og7zUftTJH",
  skLive: "sk_live_5UFAKEh7K3HP24bqb2DztRTqDDChZxm1THzH3YNgymB49ysepThYMrfP6zFvKFTnxET5y9MPhgDgd8gaM4wiBSQ8RqXj1pRWu2k",
  rkLive: "rk_live_etFAKE3odsKOLoBTlahbN1I1Yna8Co5lePg8z7WI31KkNpueyXiTt6DiQlacGzvL7aJ4CFUxAjLDZc5ChLV5W6MLNyF8UWimqOS",
  skTest: "sk_test_qCFAKE65CE1Mh4vYKjK85SqqOiDHKVX0WUPWm5oYtr0RIlA6WEnJgS3JTWoD0tjoLtpyjlGxhGfXxwqYgOZNaBWO0D2epqNtNM6",
  whsec: "whsec_IyFAKEIYEZDwca3GUMjheGfG8HYxjpk4",
  openaiLegacy: "sk-LOFAKEQ9GAKVpYA2MxbrT3BlbkFJ4SFAKE9MqMITlV9htwTu",
  openaiProj: "sk-proj-BCFAKE2Bo810Ae6CBJ9TryaNbg-t62sSHPCJlJWIm038qxBasynolEqiltUzmoxSoNVqGOgrxqT3BlbkFJ6zFAKEQRTsWtz8m79e1bkinUAiLrPXApFvZa_TKsIELxSCt19TONcdReE_K025pnwp25BMYupA",
  openaiSvc: "sk-svcacct-sjFAKE6G0zO7BL-k1PfayBSTM9gf1UOCPC4QaI5CUsBdrj9Xu-EPGKSiUprVQa2sOfEIOM8GdMT3BlbkFJzfFAKE1vHHitjMrX4tANPtEc2a8dvJviuQlWOI5js4-7zIobLYQnM4AqWv403uyI1LznLI4hPc",
  openaiAdmin: "sk-admin-8DFAKEAsXdBfsS3l3EbC_KrpcEObpuZ_viLFXhC69-UV8jsQMYYCZXJ4qAt0-hQMGoyCBgNhgST3BlbkFJgWFAKE8TZtMp3HimXHLO",
  anthropic: "sk-ant-api03-iUFAKEAf1y2aUBJtfEc0HhFka8wPZ0lTRutftau30NCAdaI6RV8L7R2xnCvxwMQ4M3LcmBJEmrVF0n9jFeCmOfcdFmM0dAA",
  anthropicAdmin: "sk-ant-admin01-3ZFAKEcFdsWi0jPj7NSWa1oB6vrGwCOfjP_4FUHvu58ThUGjCW5S_bnLQZIpL8sV30jEFhnGYxcbSO0FU9lSC3myFuLXZAA",
  gapi: "AIzacjFAKEc0p8Pirg_kDYX5Tkx1bw9u4VBEIoA",
  gocspx: "GOCSPX-dhFAKEQPya2msaJ20rqTnHNnlFE-",
  ya29: "ya29.faFAKEdhPi1g8Y89XwzmEOu3-clFhgPkGyESk7gQJDd3r8Mp7ItxKxk5YqbbxPsXDsssVzr3hCStLE3UFwF6FUZn6KA2L6n3bQu1eBA8g2DxUSxCa95CzZE3",
  gcpKeyId: "fbb077634312c0de536a56e129b7a8a9d0d8aec4",
  azAccountKey: "jxFAKElWXstIuc7UIoyi/I/EWHcPn4pAQG8Jx2XOQKtulq5G0UBZGc91qne/44S09BS2LNWE+lySFMggTZA+9t==",
  azSasKey: "YgFAKEbTjMRUCPd5WcH+duGhpTmBCukZpz8SQW91HYN=",
  azSig: "3LFAKEi7uDhXwij97kjdn8Dwjv0Tnb9YF54Mh76x41A%3D",
  azClientSecret: "B6h8Q~V6FAKEZK9wDz~2rh3xDihHlDjtUyLNjIWa",
  twilioSK: "SK49fbc9619f5ba2c7d06561bbdaa04630",
  twilioAC: "AC5a7f039999d4f41b159b63b8646f9391",
  twilioToken: "75983bcd08f3f18b58a48bd7c925ac30",
  sendgrid: "SG.eaFAKE4gKICs5T3mB_FqD-.5tFAKEQA3FJGPwwUyMcwsyaTd7AmSmRU3f7QvqUYyGa",
  npm: checksummedSample("npm_DgFAKEd9pPpaOBgUTvjt0kxlrJcqJ3"),
  pypi: "pypi-AgEIcHlwaS5vcmcSBFAKE9JOCffw1VAyVv0rLKn_BW357Zorv9U1gcyCVHYgNQxBh4A8jEHpNQd10B5DMoXdc",
  hf: "hf_kjFAKEMdkfDmsKHfLuueUhEdHgLaKJmhtx",
  dckr: "dckr_pat_mCFAKE7mCmO8cwPZrlqUEe528pW",
  ddApi: "cad865cca329dc5b0aedfc04bef93a2e",
  ddApp: "0b011bc5318722306549e48f049442f1f68d2a4d",
  shpat: "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",
  shpss: "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",
  jwt: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmYWtlLXVzZXItMDAwMSIsIm5hbWUiOiJGYWtlIFBlcnNvbiIsImlhdCI6MTcwMDAwMDAwMH0.Q1FAKEEA7q3QqGWv9TwwWZHnQVKWs5zNxnEd7VRtYfe",
  jwtNone: "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
  jwtNotJson: "eyJfTFAKEEqJ5yAOlKF67Oy8eHHveqneU.eyJkbFAKE6b1gFVUhgE4YAccDfhkAzR7U.fCFAKE1QuiPOKqVW7ZRiNEuCTx1DGq",
  pemBody: "IKFAKEav9k9PMXsB9hPRDjfAT+I+uqhFjLxHjHLCoBGpEV2MG8axjeCW2X9DyVXo\nuKFAKE65QVmFH0+msjPwxzPUU/eKX7feemdmwTl8Y6OCrmulsAQLmmuk/GOYB34T\nOgFAKE38cAUVitESj4oTMAbLXAcWFMwbWzEmI1DPkN6sT0TdoQdJ71lwg4iWeK+6\nEZFAKE3YkcRW9Mec85Us0V4zY71SezebsH7Ki7/kOFGMG0RR9w+so4gQXjDQtsjZ",
  opensshBody: "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\npNFAKEZpZGAQ4Ncyzei5qOyihJo8NTK6q7ZnitOawueXp83MZUBvowdkS+/7091U\ne3FAKEwZOfLXxevg6qZFNRVyNiVV/I36WQuuSRI4E9SJs9nCp5vry/DEgxK9Fflv\niBFAKEcBTBcRdPADkc22mH3lTTOBLoowIe4T5YsiB7M7RFww5oA06F8CLn8x+lKA",
  pgpBody: "OGFAKE8sI17PEHOt8Eg2QCTKbsSI15B2fBNS4nPBVA8MuL+pPu88x7C9J/h9PWXe\nPyFAKEWMS39cZKzuhF1bAhTnxvJMQlC6gm3HAwsHMgwsXA7QWMguQqL7APlKitZH\nrTFAKE4AHVmH2GIb9L4TQVvPqY7pcR/l719JEjVcxK+z12NH63rZEat2/Zepq7r6\nqxFAKEtcJj8rDkTt0IcmdB+2nxRUCaHxsW+oKFteoWzlbJ9X0m7e+ygLWfj6hDdj\n=6fBp",
  puttyLines: "8/FAKE7rTW+GILiyIgUhxU11V9JNYPt4ESMJFHVbPrW0J4UkAAkP8XFcXQQujf6X\ny0FAKEdWpjgZQ4dZm0/xbbOV8Q7Radw+Z4C7NB5hQyD5BsEvwTso0pVQ83RNJe1M",
  b64Pem: "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCkRGRkFLRThzcDY5Z3Zsb1lVanVjWVBoV2VqMFNwNTM0WktkTE9rM3hFbjNHUFZQemt1ekZ6cXFrVXZlUDEvdlgKd0tGQUtFcERrM0wvdCtZM3VJckJHUFFLbEJianVXZDZTdUkwMnNqZndsTGZZVi8rb0NpQ0l2R3hUVUoydUU5aQpVd0ZBS0VVUUVURklqVWNXaksxcXJYNnF3V001Y2V1TWZaQlVTU2xwc0FtSFlVOGNRbkJFR0RhRld0SFhWR1FiCi0tLS0tRU5EIFBSSVZBVEUgS0VZLS0tLS0K",
  dbPass: "Zr8kBHJe3VZdIX",
  urlPass: "PwFnFAKEH4On1P",
  mailgun: "key-c403f1b53413735bafddc3a7164a1a85",
  mailchimp: "724047062dada076d05eafba9924303e-us14",
  postman: "PMAK-8bc528036e602e3e6366ed7c-a8901e9f2a927aa730effd1d014956badc",
  atatt: "ATATT3xFfGF06KFAKELDsErqBfvV75GngA0XOgyr-sfzvPVsLCf1ERTDhNgQMDYruJRhCPj7Zaix5ck8C_G2NuXLWkdJJNVfqIOtfLJYPb_DrHUWSlET0m5uMQQg1XwVFBMiayIZV3BBypy1iEM-fRpJRo3oX09ZQhAEZeIbVt3rJIrSUsQSw1=FJ0UNHFN",
  atbb: "ATBBzOFAKEwWCCnXSOWQQsW4FTRZkOeYHbTz",
  linear: "lin_api_7ZFAKETyjum0ugDhn3ZwDy89JoxbIgfbTe0H36Im",
  notionLegacy: "secret_C7FAKEF1hN67Nx1vtpZcaQYZObQTmDoaDbxGiKMrPBx",
  notion: "ntn_32993064079BcFAKECchwyBifbwRqW30NgEcip4rJhICJi",
  vercel: "yVFAKE8cVH5mQFz9wYbg0M5Z",
  netlify: "nfp_RDFAKE4vPSwR0cxk1QiBMHmwczVe8NGPYNPg",
  dop: "dop_v1_161ff578dde8228488657c825383e5130a0017f685e652c9f64b81b53f294c91",
  hrku: "HRKU-AApJFAKEJ0w8kLrKJdNb6MkkPbWEIEDTs5zkmXs8s2pPAfA3g4hgMq7zUlMb",
  uuid: "c4269680-d064-c1cc-3cb9-4fe98c36905c",
  cfToken: "8SFAKE42_PT0qxF5ebVbJlNl6rOOO09Nza1NbVL6",
  cfOrigin: "v1.0-e2d1aa7ca56f55c650cb9a37-196c72c0cd6bed0375aab55f30fa8c6c6b6292e61589aeb7a7e686096a7c8227c34ba73d678486dac03cba893f930eb874a5587687bdffe86faa0f81593b1d9b4ffa669cd9c9f824bb",
  squareEAAA: "EAAA-JFAKEu1_hB582tWCBD4Kkcw9OhU-cLJr18jlTaxorCbkM7ORlIvNh6lPGrr",
  sq0atp: "sq0atp-PQFAKE8xOvqVSb2fvoi-A0",
  sq0csp: "sq0csp-vhFAKExUFvZjyyptaBvGMqexkfL_1-V_ecLrvZ09P8t",
  braintree: "access_token$production$szlpli5sxvg1d22j$75c4d4cf422ecc341570197fc4f04af7",
  telegram: "8038839893:AAhqFAKEs27SaoBqTn0N0NHXUOUTyjt_Ryl",
  discordBot: "ODEyMzQ1Njc4OTAxMjM0NTY3.uJwp09.RDFAKEdvPk6h7D42mZSM2z_X_xZCTMjYDr6rzu",
  discordHook: "https://discord.com/api/webhooks/812345678901234567/e3FAKEjLtUpwxtN4POOj6lTdfMFQFC-0zUVqpabZTeDh3Ng_s85DR405uAZjOHEIgC8y",
  fcm: "AAAAjcG7x8O:APA91bRaFAKEM1MCwtk3e6DYdvAX2OJ7_FRxkkPdoBiaf53_5-mGGnhLeJMHnD4_lHqAboDguwwo7lzGku0d4YLc0a5CbgKL-B5gkwWKDDeT_NsdpbWJIPXxWX2mz3sC1ocFVfsp8V4m",
  sentryDsn: "https://6cc3fbf3a82db79a741d85ad4e7fe261@o123456.ingest.sentry.io/4501234",
  sntrys: "sntrys_eyJpYXQiOjE3MDAwMDAwMDAsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwib3JnIjoiZmFrZS1vcmcifQ_0VFAKEVc8Lk8ilnfKU54Xgbjvf6TgfXORR8B8QudaeY",
  glc: "glc_i7FAKE42RuAueBTxhVlf6P6evOkQuEHkIqKA53m/Un4tVgzUXL+HPwIJuTc+RjXV",
  glsa: "glsa_dFFAKEjzOrkgnO3gnWxvIvvyLFccXXDZ_f8ac2edf",
  grafanaLegacy: "eyJrIjoiZHFAKE9hDLn2qrVmpIYqvJCI2vBbOwBvnYuhkO6BBr06GC22VX0yfHi0EzQ9ycXXJq7s88",
  nrak: "NRAK-VZFAKEP79YNVAEMZH09C99RW6JX",
  doppler: "dp.pt.h2FAKE6zirC8NIlmAj4ZBHAARtQ0AEs8JSvxtC7PTNN",
  pulumi: "pul-d2d740bb5628121ec31d25756566775d4de7309e",
  tfc: "P9FAKEI55ilZfd.atlasv1.UXFAKElfhn5z8DaGOPxVG18pdNEgBR1YHA8NXOz6TcqLkBiCU2wf6x6eGBHrVWMFOKb",
  hvs: "hvs.R_FAKE8hloJDaDlA_bNvryxL4C4CtLQJ7QJ5ybCHRitMVP1nT5zaTUvrnR2jNKZD5CwBbzA0eQcBv1gEBZpHzBn-J-u",
  age: "AGE-SECRET-KEY-1DHFAKEY3QFDFRNQHV5JYKYG03PGT9QW57WVLKA54VMAYYULFTRXNVS276C",
  dapi: "dapi537040e9018aef589b2545f9fcf4bf8b",
  gsk: "gsk_THFAKEPV9MraNvtM3Fdt30XLEWZ8TobGNKbLb1lOS2fPnvTn2K56",
  r8: "r8_GbFAKEJWnOr2ho32NAiyHRVux1TWWIbZYTcFY",
  mistral: "BnFAKEcLbascgdRpOlwdHr5xb5NC5Bjf",
  cohere: "yuFAKEyYtAfHLcxBEi1avgToBu8lT693CZM7P09A",
  okta: "00PuFAKEedtDrJ7L2odPHA-ibhSQwxyBmPBwxICPtf",
  ltai: "LTAI5tr3FAKEmQRi2ZKh5TEk",
  akid: "AKIDluFAKE0DMhS8xa3SUx38JX2LMvLpBz7K",
  fb: "EAABUFFAKECSqskLLyGOpaWKUlqQ78w6jIUj0xFug8AQKkl5D0nyj9SW3UuAq4F2rWKhcWhsxl6NwSrfGx9efp1EtwpEdiMryjByAq6DoXEpHY6BTNkz3Wezh9nER74CLxgB2mNUzQSYQEg8okzSnLC3np",
  azdo: "namgplbmhzxtltreg6v5wifpks5p3yszrxqlep7vzouzawmezodt",
  dropbox: "sl.BnkFAKEzwDbLtl9L8mdR3zguW2IRRo39LyEFG3ALGMc4BXYSX1yWrIejqLABux00Ausur3bfUYQVn4GlmAHrBJf0-0qGN9Cy1u4DOLgd8BtdALBsHSemmDfwM4emjuqHEINcIbu6j",
  figd: "figd_VhFAKE_pFFK4MWAkPfGUBc-2gLz_oXRj_A39eN3y",
  airtable: "pat7CFAKEB4iJ6uK0.c5e42acaa9c97db9247dc94a257dca673eeb90f6538e3a0869b5b555628e1b3a",
  pscale: "pscale_tkn__rFAKE0nGiJA5HgD7mn0tUl2Ye6qw9mubaE6Y6ZfvOj",
  sbp: "sbp_c43354838951c9d1945e6dda8dd70621d506f84e",
  pplx: "pplx-5GFAKEB4Ka06izlojVAWHEVgyIbJBqH4olkgfkpB3oOaOIBU",
  xai: "xai-ZFFAKE82SAMtdocOYDCV7A7ziXSvLRRb1kC43cWHXNy1cv6keum3RROlebTe8k13801OUjQCKqvQpvYC",
  lsv2: "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",
  mapbox: "sk.eyJ1IjoiZmFrZXVzZXIiLCJhIjoiI3FAKE6c8kFBxkTJljcEnHTfD1T7Xo.POFAKElFvHjyCG64cXG1Cv",
  twitter: "AAAAAAAAAAAAAAAAAAAAAutFAKE5LAXeq0GEXudHL6aPn5cutlSFkQxw1cizl%3DKpFAKEHOw1VTAoOzvbVnNcMrehJzJxD6OsHfdwYj",
  bearer: "j8FAKEdmmnw2xt1ZbH~KPnMGGv1UKLQME3-snXsKog0wT_h1",
  basic: "c3ZjX2JhY2t1cDpGazktcGFzcy1XMHJkIQ==",
  basicNoColon: "anVzdC1hLXBsYWluLXN0cmluZy1oZXJl",
  npmrc: "7de68bf5-800d-91fd-3b33-95fb480977e1",
  dockerAuth: "ZmFrZXVzZXI6RmFrZVBhc3N3MHJkMTIz",
  brevo: "xkeysib-7c0733fb7774db78c957782a3f6ab9cd42d6c34ecc96f5a935532bdc2f63e95e-1IFAKEedpr3qCS7z",
  teams: "https://contoso.webhook.office.com/webhookb2/772f8b69-b970-9c63-0e34-eb2f620a6a43@282b3a46-67d5-7b58-1b5b-95f4d71f2bc4/IncomingWebhook/e242760d6a678deac5a7472924272539/02f6ea7f-d16d-333b-8e7a-032ac025e073",
  jfrog: "AKCp8gYFAKELEuJZeiutwGbO3heGucFLAZsFQjd2yHZ0k3dRFMPRyoNtXYB1Cik9SaxZUsAqL",
  genericSecret: "fJFAKE3Fiut0UN7KLYYDrSJpp7YCWlcU",
  password: "Hx7nWo2x!hq2",
  b64Cert: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCklLRkFLRWF2OWs5UE1Yc0I5aFBSRGpmQVQrSSt1cWhGakx4SGpITENvQkdwRVYyTUc4YXhqZUNXMlg5RHlWWG8KdUtGQUtFNjVRVm1GSDArbXNqUHd4elBVVS9lS1g3ZmVlbWRtd1RsOFk2T0NybXVsc0FRTG1tdWsvR09ZQjM0VApPZ0ZBS0UzOGNBVVZpdEVTajRvVE1BYkxYQWNXRk13Yld6RW1JMURQa042c1QwVGRvUWRKNzFsd2c0aVdlSys2CkVaRkFLRTNZa2NSVzlNZWM4NVVzMFY0elk3MVNlemVic0g3S2k3L2tPRkdNRzBSUjl3K3NvNGdRWGpEUXRzaloKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=",
} as const;

/** Boundaries: not preceded / followed by a token character. */
const B = '(?<![A-Za-z0-9_])';
const E = '(?![A-Za-z0-9_])';
/** End boundary for tokens whose alphabet includes `-`. */
const ED = '(?![A-Za-z0-9_\\-])';

/** Values that read as documentation placeholders rather than secrets. */
export const PLACEHOLDER =
  /example|sample|dummy|placeholder|redacted|your[_-]?(?:api[_-]?)?(?:key|token|secret)|x{8,}|\*{4,}|0{12,}|0123456789|abcdefghij|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}/i;

function hasMixedClasses(v: string, min = 2): boolean {
  let n = 0;
  if (/[A-Z]/.test(v)) n++;
  if (/[a-z]/.test(v)) n++;
  if (/[0-9]/.test(v)) n++;
  return n >= min;
}

/** Random-looking: letters and digits mixed (rejects words, hex-free identifiers like `my_config_name`). */
function randomLooking(v: string): boolean {
  return /[0-9]/.test(v) && /[A-Za-z]/.test(v) && hasMixedClasses(v, 2) && !WORDS_IDENTIFIER.test(v);
}
/**
 * `ck_public_sync_app_id_01`: four or more short lower-case words (and small numbers) joined by
 * underscores or hyphens name something; a generated part is longer or mixes letters and digits.
 */
const WORDS_IDENTIFIER = /^[a-z]{1,10}(?:[_-](?:[a-z]{1,10}|\d{1,3})){3,}$/;

/**
 * The value is assigned to a key that names an identifier: `CLOUDFLARE_ZONE_ID=7d3a…`,
 * `"account_id": "…"`, `projectId: …`. An id is not a secret, and for the rules that know a bare
 * hex or base62 run only by a vendor word nearby, a token key two lines away (NETLIFY_AUTH_TOKEN)
 * must not make the id one. (`…_SID`, Twilio's account SID, is not "_ID".)
 */
const ID_KEY = /(?:(?:^|[^A-Za-z0-9])(?:id|ID|Id)|[_.-](?:id|ID|Id)|[a-z0-9]Id)["']?[ \t]*(?:=|:|=>)[ \t]*["']?$/;
const assignedToId = (ctx: MatchContext): boolean => ID_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));

type Def = Omit<Rule, 'category' | 'pattern' | 'id'> & { id: string; pattern: string; flags?: string };

function cred(d: Def): Rule {
  const { pattern, flags, id, ...rest } = d;
  return { ...rest, id: `credential.${id}`, category: 'credential', pattern: new RegExp(pattern, flags ?? 'g') };
}

/**
 * GitHub and npm 40-character tokens end in a CRC-32 of their random part: verified, the finding
 * is near-certain (0.99); not verified, it is still reported at 0.7 (a test value, a typo, or a
 * format change must not let a real token through), so the score tells the two apart.
 */
const CHECKSUMMED: Partial<Def> = {
  rescore: (v) => {
    const ok = tokenChecksumOk(v);
    return ok === undefined ? undefined : ok ? 0.99 : 0.7;
  },
};

/** A token with a distinctive literal prefix; the keyword is the prefix (lower-cased). */
/**
 * Where a tool reads its password from, not the password: apksigner / OpenSSL `env:NAME`, `file:PATH`,
 * `stdin` (`--ks-pass env:KS_PASS`, `-passin file:pw.txt`); `pass:…` is the literal form.
 */
const PASSWORD_SOURCE = /^(?:env|file|fd|stdin)(?::|$)/i;

/** A token word shortly before a value ("Bot-token: …", "TELEGRAM_TOKEN=…"). */
const TOKEN_WORD_BEFORE = /token/i;

/** "SecretKey 是 rb5v…", "api_key は …": a CJK copula or topic particle between a (Latin-script) key name and its value. */
const CJK_IS = '[ \\t]*(?:是|为|為|は|는|은)[ \\t]*';
function prefixed(
  id: string,
  label: string,
  placeholder: string,
  description: string,
  keywords: readonly string[],
  body: string,
  samples: Rule['samples'],
  extra: Partial<Def> = {},
): Rule {
  return cred({
    id,
    label,
    placeholder,
    description,
    keywords,
    pattern: `${B}(${body})${ED}`,
    secretGroup: 1,
    minEntropy: 3,
    allow: [PLACEHOLDER],
    score: 0.95,
    anchored: true,
    samples,
    ...extra,
  });
}

// --- PEM-style private key blocks -------------------------------------------------------------

/** Line break inside an armoured block: a real one or a JSON/env-escaped `\n`. */
const NL = '(?:\\r?\\n|\\\\(?:r\\\\)?n)';
/** One body line: a `Header: value` line or a run of base64, alone on its line. */
const ARMOUR_LINE = `[ \\t]*(?:[A-Z][A-Za-z-]{0,30}: [^\\r\\n\\\\]{0,200}|[A-Za-z0-9+/=]{1,128})[ \\t]*(?=${NL}|-----|$)`;

/**
 * An armoured block: BEGIN line, body lines (one optional blank line between them), optional END
 * line, so a truncated paste still counts but the match never runs on into the prose after it.
 * A single-line form with spaces instead of line breaks needs its END line. Linear: every
 * iteration starts with a line break (or a space) and lines are bounded.
 */
function armoured(begin: string, end: string): string {
  const spaced = `(?: [A-Za-z0-9+/=]{1,128}){1,400} ${end}`;
  const lines = `(?:${NL}${NL}?${ARMOUR_LINE}){1,800}(?:${NL}${end})?`;
  return `${begin}(?:${spaced}|${lines})`;
}

function armouredBody(block: string): string {
  return block.replace(/^-----BEGIN[^\n]*?-----/, '').replace(/-----END[\s\S]*$/, '');
}

/** At least 64 base64 characters outside header lines, 16+ distinct: a real key, not a `...` template. */
function hasKeyMaterial(block: string): boolean {
  const body = armouredBody(block);
  if (PLACEHOLDER.test(body)) return false;
  let count = 0;
  let distinct = 0;
  const seen = new Uint8Array(128);
  for (const raw of body.split(/\r?\n|\\r?\\n/)) {
    const line = raw.trim();
    if (HEADER_LINE.test(line)) continue;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47) {
        count++;
        if (seen[c] === 0) {
          seen[c] = 1;
          distinct++;
        }
        if (count >= 64 && distinct >= 16) return true;
      }
    }
  }
  return false;
}
const HEADER_LINE = /^[A-Z][A-Za-z-]*: /;

const pem = (type: string, body: string, nl = '\n') => `-----BEGIN ${type}-----${nl}${body.replace(/\n/g, nl)}${nl}-----END ${type}-----`;

// --- connection strings -----------------------------------------------------------------------

/**
 * What people write in a password's place instead of one, shared by the two whole-value tests
 * below: masks (`****`, `xxxx`, `••••`) and stand-in words ("changeme", "your_password").
 */
const MASKS = ['\\*+', 'x+', 'X+', '\\.+', '•+'];
// "change-me", and with a note of where the real one lives: "changeme-in-vault", "change_me_now".
const STAND_IN_WORDS = ['passw(?:or)?d', 'pass', 'pwd', 'secret', 'change[_-]?me(?:[-_.][a-z]+)*', 'example', 'placeholder', 'redacted', 'hidden', 'your[_-]?password', 'mypassword'];
const wholeValue = (alts: readonly string[]) => new RegExp(`^(?:${alts.join('|')})$`, 'i');

/**
 * The password slot of a URL or connection string filled with a template variable (`${…}`, Ruby
 * `#{…}`, `%{…}`, `{{…}}`, `<…>`, `$VAR`, `%s`), a mask or a stand-in word. A `<` left open is a
 * placeholder the value's end cut at a space ("Password=<from KeyVault: …>").
 */
const PLACEHOLDER_PASSWORD = wholeValue([
  '<[^>]*>?', '\\[[^\\]]*\\]', '\\\\?[$#%]\\{[^}]*\\}', '\\\\?\\$\\(?[A-Za-z_][A-Za-z0-9_]*\\)?', '\\{\\{?[^}]*\\}?\\}', '%[sd]', '%\\([a-z_]+\\)s',
  ...MASKS, ...STAND_IN_WORDS, ':?password', 'pa\\$\\$word', 'x-oauth-basic',
]);

/** The name an Azure connection string (or an Az PowerShell / Azure CLI parameter) gives a key, right before the value. */
const CONNECTION_KEY = /(?:(?:AccountKey|SharedAccessKey)[ \t]*=|(?:-StorageAccountKey|--account-key)[ \t]+["']?)[ \t]*$/i;
/** Words that put an 88-character key in Azure storage's context. */
const AZURE_STORAGE_WORD = /azure|blob|windows\.net|account_?name|storage_?account/i;

const DB_SCHEMES = [
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps',
  'mssql', 'sqlserver', 'cockroachdb', 'clickhouse', 'couchdb', 'neo4j', 'neo4j+s', 'bolt', 'cloudinary', 'oracle',
];
// Schemes whose URLs carry `user:password@`: web, file transfer, mail, directories, media
// streams, proxies, and the industrial and IoT ones (OPC UA `opc.tcp`, MQTT) of plant configs.
const URL_SCHEMES = ['https', 'http', 'ftp', 'ftps', 'sftp', 'smtp', 'smtps', 'ldap', 'ldaps', 'ssh', 'git', 'svn', 'imap', 'imaps', 'pop3', 'pop3s', 'rtsp', 'rtmp', 'rtmps', 'socks5', 'socks5h', 'wss', 'ws', 'smb', 'telnet', 'opc.tcp', 'opc.https', 'mqtt', 'mqtts', 'tcp', 'ssl', 'tls', 'nats', 'stomp', 'rsync', 'scp', 'webdav', 'dav', 'davs', 'ntrip'];
/**
 * `user:password@` of a URL. The password runs to the LAST "@" before the host, as URL parsers
 * split it (an unescaped "@" in a password is common in pasted connection strings); bounded, so
 * the backtracking over "@"s is too.
 */
const USERINFO = "([^\\s:@/'\"<>]{0,100}):([^\\s/'\"<>]{1,200}?)@(?=[A-Za-z0-9.\\-_\\[][^\\s@/'\"<>]{0,253}(?:[/\\s'\"<>?#]|$))";

// --- generic assignments ----------------------------------------------------------------------

/** Variables, env lookups, calls, templates: a reference to a secret, not the secret. */
const CODE_REFERENCE =
  /[()]|^[{<[]|^\\?\$(?:\{|\(|[A-Za-z_][A-Za-z0-9_]*$)|^%[A-Za-z_][A-Za-z0-9_]*%$|^[&*!@][A-Za-z_][\w.]*$|^(?:process\.env|os\.environ|env\.|ENV\[|System\.getenv|settings\.|config\.|self\.|this\.)/;
/** CODE_REFERENCE without its parenthesis test (for closed string literals). */
// A quoted Python %-format placeholder ('%(db_password)s') is still a reference.
const CODE_REFERENCE_START = new RegExp(`${CODE_REFERENCE.source.replace('[()]|', '')}|^%\\([\\w.]+\\)[sdr]$`);
/** `config.db.password`, `secrets['x']` — a path, unless it looks random (has digits). */
const DOTTED_PATH = /^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*|\[[^\]]*\])+$/;
/** A named secret's value that says what it is, not what it holds: a mask, a stand-in, a type, a yes/no. */
const NOT_A_PASSWORD = wholeValue([
  ...MASKS, '-+', '_+', '#+', '\\?+', ...STAND_IN_WORDS, 'changeit', 'password\\d*', 'sample', 'test', 'dummy', 'masked',
  'none', 'null', 'nil', 'undefined', 'true', 'false', 'required', 'optional', 'empty', 'string', 'str', 'text', 'int', 'bool', 'boolean',
  'number', 'tbd', 'todo', 'n\\/a', 'na', 'yes', 'no', 'on', 'off', 'hash', 'hashed', 'encrypted', 'sha256', 'bcrypt', 'argon2',
]);

/** A price, "₱271.43" or "120,50 €": a fare table's "Senior/PWD:" (persons with disability) column is no password. */
const MONEY = /^(?:\p{Sc}\d[\d.,']*|\d[\d.,']*\p{Sc})$/u;

/** Quote that opens the value (the character before it), if any, must close right after it. */
function quoteBalanced(ctx: { text: string; start: number; end: number }): boolean | 'unquoted' {
  const q = ctx.text[ctx.start - 1];
  if (q === '"' || q === "'" || q === '`') return ctx.text[ctx.end] === q;
  return 'unquoted';
}

/**
 * `bareWords`: a device config's values are never quoted, so a run of letters with an underscore or
 * an inner capital there is a value ("zementRW_ofen"), not a variable; a plain word still is not
 * ("the secret 0 calorie snack").
 */
/**
 * "пароль: щонайменше 12 символів" (at least 12 characters), "Passwort: mindestens 12 Zeichen": a
 * password policy; a word (letters only) before a length and its unit is no password.
 */
const POLICY_LENGTH_AFTER = new RegExp(
  String.raw`^[ \t]+\d{1,3}[ \t]*(?:characters?|chars?|caract|zeichen|tecken|tegn|tekens|merkki|znak|karakter|caratter|文字|字|자|${foldedSpellings(['символ', 'знак', 'χαρακτ']).join('|')})`,
  'iu',
);
function plausiblePassword(v: string, ctx: { text: string; start: number; end: number }, bareWords = false): boolean {
  const quoted = quoteBalanced(ctx);
  if (quoted === false || STRIPE_TEST.test(v)) return false;
  if (/^\p{L}+$/u.test(v) && POLICY_LENGTH_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 24))) return false;
  if (/^https?:/i.test(v) || DOTTED_PATH.test(v) || NOT_A_PASSWORD.test(v) || MONEY.test(v) || PLACEHOLDER.test(v) || isPasswordWord(v)) return false;
  // Parentheses mark a call (`getpass()`), unless the value is a closed string literal:
  // 'Kestrel)Harbour-5190' is a password with a parenthesis in it.
  if (quoted === true ? CODE_REFERENCE_START.test(v) : CODE_REFERENCE.test(v)) return false;
  // An unquoted bare identifier (letters and underscores only) is a variable, not a literal;
  // except a Google app password written without its spaces (`MAIL_PASSWORD=mhzqvtrbxlkpwesa`).
  if (!(bareWords && /_|[a-z][A-Z]/.test(v)) && quoted === 'unquoted' && /^[A-Za-z_]+$/.test(v) && !(/^[a-z]{16}$/.test(v) && appPassword(v.replace(/(.{4})(?!$)/g, '$1 '), ctx))) return false;
  return true;
}

/**
 * The word "password" in some language as the value: a form label or a translation
 * (`"login.password": "Parolă"`), or a name built on it (`lozinka: db-password`), not a password.
 * Compared without accents.
 */
function isPasswordWord(v: string): boolean {
  if (v.length > 40) return false;
  const words = unaccented(v);
  if (PASSWORD_WORDS_UNACCENTED.has(words)) return true;
  // A name built on the word: a Secret's key "db-password", "smtp_lozinka" (letters only, so not
  // "Db-Passw0rd!").
  return /^[a-z]+(?: [a-z]+)+$/.test(words) && words.split(' ').some((w) => PASSWORD_WORDS_UNACCENTED.has(w));
}
// Separators folded too: a template writes the word as a name ("PALAVRA_PASSE", "mot-de-passe").
const unaccented = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_-]+/g, ' ').toLowerCase();

/** Stripe test-mode keys have their own low-scored rule; generic rules leave them to it. */
const STRIPE_TEST = /^[spr]k_test_/;
/** Public by design, shipped in web pages: Mapbox public tokens (pk.eyJ…), Stripe publishable keys. */
const PUBLIC_TOKEN = /^(?:pk\.eyJ|pk_(?:live|test)_)/;
/**
 * The line's own comment says the key is public: "apiKey: '…', // search-only key, public by
 * design" (Algolia's search key, a publishable key). Only a comment after the value counts.
 */
const PUBLIC_COMMENT = /^[^\n]{0,20}?(?:\/\/|#|\/\*|--)[^\n]{0,60}?\b(?:public|search-only|search only|publishable)\b/i;

/**
 * The entropy a named secret's value needs (bits per character). Hex keys have a 16-letter
 * alphabet, so at most 4 bits: a random 40-character hex key measures ~3.6–3.9 and sometimes
 * less, where the 3.5 floor for other alphabets would drop it; a long hex run under 3.2 repeats
 * itself ("deadbeefdeadbeef…").
 */
const HEX_KEY = /^[0-9a-f]{24,}$/i;
function secretEntropyFloor(v: string): number {
  // A value shorter than 16 characters cannot reach 3.5 bits (at most log2 of its length: 3.32
  // for Naver's 10-character client secrets), so the floor sits half a bit under that bound.
  return HEX_KEY.test(v) ? 3.2 : Math.min(3.5, Math.log2(v.length) - 0.5);
}

/** A named secret's value that is not a test key, a public key, a path, a placeholder or a word. */
/** A key shown cut short, as dashboards and logs display it: "rk_live_…9fQ2" (… normalises to "..."). */
const TRUNCATED = /\.\.\.|…/;
function plausibleSecret(v: string, ctx: { text: string; start: number; end: number }): boolean {
  if (quoteBalanced(ctx) === false || STRIPE_TEST.test(v) || PUBLIC_TOKEN.test(v) || PUBLIC_COMMENT.test(ctx.text.slice(ctx.end, ctx.end + 100))) return false;
  if (/^https?:/i.test(v) || DOTTED_PATH.test(v) || NOT_A_PASSWORD.test(v) || PLACEHOLDER.test(v) || TRUNCATED.test(v)) return false;
  return randomLooking(v);
}

/** Password words in the other languages the product ships to (lower case, as keywords). */
const PROSE_PASSWORD_WORDS = [
  'passwort', 'kennwort', 'mot de passe', 'mot_de_passe', 'contraseña', 'contrasena', 'senha', 'palavra-passe', 'palavra passe', 'wachtwoord', 'paswoord', 'hasło', 'haslo',
  'lösenord', 'losenord', 'adgangskode', 'passord', 'kodeord', 'salasana', 'heslo', 'şifre', 'sifre', 'şîfre', 'parola', 'jelszó', 'jelszava',
  'jelszo', 'parool',
  // Latin-American Spanish "la clave es …"; the short form in tickets ("user x, pwd …"): both
  // need a password-like value (three character classes) unless a ":" or "=" follows.
  'clave', 'pwd', 'pw',
  // German compounds with the word glued on: "Initialpasswort …", "Standardkennwort: …".
  'initialpasswort', 'startpasswort', 'erstpasswort', 'einmalpasswort', 'standardpasswort', 'initialkennwort', 'standardkennwort',
  // HR/SR/BS, LT, LV, ID/MS, VI, IS (also typed without ð: lykilord), and the Cyrillic word (UK/RU/BG/SR); written as normalisation
  // leaves them (Cyrillic letters that look Latin are folded to Latin).
  'lozinka', 'lozinku', 'šifra', 'slaptažodis', 'parole', 'kata sandi', 'kata laluan', 'mật khẩu', 'mat khau',
  'lykilorð', 'lykilorðið', 'lykilorðinu', 'lykilord', 'wagwoord', 'geslo', 'şifrə', 'cyfrinair', 'parol',
  // CY in its mutated forms: nasal after "fy" (my: "Fy nghyfrinair i ydy …"), soft, aspirate after "ei" (her).
  'nghyfrinair', 'gyfrinair', 'chyfrinair',
  // GA pasfhocal, GD facal-faire; DA/NO "kode" (code: "Bruger: … / Kode: …", the Wi-Fi "kode …"),
  // whose value must look like a password unless a ":" follows, like every word here.
  'pasfhocal', 'facal-faire', 'kode',
  // LB (Luxembourgish), UR, AM (Amharic: the password, with the article ending -ሉ), RM (Romansh),
  // SI (Sinhala: the password, then the value, then වේ "is").
  'passwuert', 'پاس ورڈ', 'የይለፍ ቃል', 'የይለፍ ቃሉ', 'ይለፍ ቃል', 'ይለፍ ቃሉ', 'pled-clav', 'pled clav', 'මුරපදය',
  // HY (with the article -ը), PA, HA (kalmar sirri: secret word).
  'գաղտնաբառ', 'գաղտնաբառը', 'գաղտնաբառն', 'գաղտնաբառս', 'գաղտնաբառդ', 'ਪਾਸਵਰਡ', 'kalmar sirri', 'kalmar wucewa',
  // KU (Kurmanji), PS, TI (Tigrinya), FO (Faroese), ST (Sesotho).
  'şîfre', 'şîfreya', 'پټنوم', 'መሕለፊ ቃል', 'loyniorð', 'loyniorðið', 'phasewete',
  // HT (Haitian Creole); SO erayga / ereyga sirta (the secret word).
  'modpas', 'erayga sirta', 'ereyga sirta', 'erayga sirtu', 'ereyga sirtu', 'furaha sirta',
  // RO with its ă; FY (Frisian).
  'parolă', 'wachtwurd',
  // CKB (Sorani) وشەی نهێنی (secret word, also with its definite and possessive endings); YO ọ̀rọ̀
  // aṣínà / ọ̀rọ̀ ìpamọ́ / ọ̀rọ̀ ìgbaniwọlé (pass word, secret word, password), as
  // normalisation leaves them and without their marks.
  'وشەی نهێنی', 'وشەی نهێنییەکەی', 'وشەی نهێنییەکە', 'ọ̀rọ̀ aṣínà', 'oro asina', 'ọ̀rọ̀ ìpamọ́', 'oro ipamo', 'ọrọ igbaniwọle', 'ọ̀rọ̀ ìgbaniwọlé', 'oro igbaniwole',
  // SW, CA, EU, GL, SQ, FA, AR, BN, HI, KA (პაროლია: "the password is", the copula glued on).
  // AR كلمة مرور / كلمة سر without the article ("كلمة مرور بوابة المتابعة: …").
  'كلمة مرور', 'كلمه مرور', 'كلمة سر',
  'nenosiri', 'iphasiwedi', 'contrasenya', 'pasahitza', 'contrasinal', 'fjalëkalimi', 'fjalëkalim', 'رمز عبور', 'گذرواژه', 'كلمة المرور',
  'كلمة السر', 'পাসওয়ার্ড', 'पासवर्ड', 'პაროლი', 'პაროლია',
  // TE and ML, as normalisation leaves them (without the zero-width non-joiner: పాస్‌వర్డ్, പാസ്‌വേഡ്); GU.
  'పాస్వర్డ్', 'പാസ്വേഡ്', 'પાસવર્ડ',
  // RU/UK паролем (instrumental: "з паролем …", with the password); MN нууц үг (secret word: password), KK құпия сөз and KY сырсөз as well; IG okwuntughe.
  ...foldedSpellings(['пароль', 'пароля', 'паролем', 'парола', 'паролата', 'лозинка', 'лозинката', 'нууц үг', 'құпия сөз', 'құпиясөз', 'сырсөз', 'сыр сөз']), 'okwuntughe',
  // OR ପାସୱାର୍ଡ, TI ፓስዎርድ / ቃል ምስጢር (secret word), OM jecha / jechi icciitii (secret word), MG tenimiafina; Darija in Latin
  // script glues the article to the French word ("lmot de passe"); ZU "I-password" (the class prefix
  // on the English word); IS lykilorðinu (dative: "með lykilorðinu …"); TK paroly (its password); SO
  // "password-ka" (the password).
  // SE (Northern Sami) beassansátni; TI ምስጢራዊ ቃል; PS پاسورډ (یې: its); QU pakasqa rimay (hidden word, "-niyki" your);
  // MG teny miafina (hidden word); RW ijambo ry'ibanga (secret word).
  'beassansátni', 'ምስጢራዊ ቃል', 'پاسورډ یې', 'پاسورډ', 'pakasqa rimayniyki', 'pakasqa rimayniy', 'pakasqa rimay', 'teny miafina', "ijambo ry'ibanga", 'ijambo ry’ibanga', 'ijambo ryibanga', 'ijambobanga',
  'ପାସୱାର୍ଡ', 'ፓስዎርድ', 'ቃል ምስጢር', 'ቃለ ምስጢር', 'i-password', 'jecha icciitii', 'jechi icciitii', 'tenimiafina', 'lmot de passe', 'paroly', 'password-ka', 'passwordka',
  // Greek "κωδικός πρόσβασης" (access code); bare "κωδικός" is PROSE_CODE_EL.
  ...foldedSpellings(['κωδικός πρόσβασης', 'κωδικό πρόσβασης', 'συνθηματικό']),
  // JV sandine (the password: "Login-e admin, sandine …"), SU sandina, ID/JV sandiku / sandimu (my, your).
  'sandine', 'sandina', 'sandiku', 'sandimu',
  // EO pasvorto; MI kupuhipa; BR ger-tremen; OC senhal; SW nywila, neno la siri (secret word); TN lefoko
  // la sephiri (secret word); SM upu faalilolilo; TO lea fakapulipuli (hidden word). (Zulu "igama
  // lokungena", the word for entering, is the user name.)
  'pasvorto', 'pasvorton', 'kupuhipa', 'ger-tremen', 'senhal', 'nywila', 'neno la siri', 'neno siri',
  'lefoko la sephiri', 'upu faalilolilo', "upu fa'alilolilo", 'lea fakapulipuli',
  // Possessive forms the suffix list after the words does not build: FI salasana-ni/-si/-mme/-nne (my,
  // your, our, your), UZ parol-im/-ingiz, TK açarsöz (açarsöz-üm my), HA kalmar sirri-na/-nka/-nki
  // (my, your), AM የይለፍ ቃሌ / ቃልህ / ቃልሽ / ቃልዎ (my, your).
  'salasanani', 'salasanasi', 'salasanamme', 'salasananne', 'parolim', 'parolingiz', 'açarsöz', 'açarsözüm', 'açarsözüňiz',
  'kalmar sirrina', 'kalmar sirrinka', 'kalmar sirrinki', 'የይለፍ ቃሌ', 'የይለፍ ቃልህ', 'የይለፍ ቃልሽ', 'የይለፍ ቃልዎ',
  // TT серсүз (password), серсүзем (my); KK құпия сөзім / сөзіңіз (my, your); KY сырсөзүм (my).
  ...foldedSpellings(['серсүз', 'серсүзем', 'серсүзең', 'құпия сөзім', 'құпия сөзіңіз', 'сырсөзүм']),
];
/**
 * Greek "ο κωδικός είναι …": people call a password just "the code", but so is a product or order
 * code ("κωδικός παραγγελίας: 5582"), so only before "is/was" (up to five words between, naming whose
 * code it is or where it opens, PROSE_CODE_EL_BETWEEN: "ο κωδικός διαχειριστή για το portal είναι …",
 * the admin's code for the portal is; not "κωδικός προϊόντος", the product code), with a password-like value.
 */
const PROSE_CODE_EL = foldedSpellings(['κωδικός', 'κωδικό']);
const PROSE_CODE_EL_VERB = foldedSpellings(['είναι', 'ήταν']);
/** The words that may stand between (up to seven): whose code (admin, user, login, access), articles and prepositions, and Latin-script names ("portal", "booking desk"). */
const PROSE_CODE_EL_BETWEEN = foldedSpellings(['διαχειριστή', 'χρήστη', 'σύνδεσης', 'εισόδου', 'πρόσβασης', 'για', 'του', 'της', 'των', 'το', 'τη', 'την', 'στο', 'στην', 'μου', 'σου', 'μας', 'νέος', 'νέο', 'καινούργιος']);
/** "άλλαξα προσωρινά τον κωδικό του NVR σε …" (I changed the code of the NVR to …): a code changed to a value. */
const PROSE_CODE_EL_CHANGED = foldedSpellings(['άλλαξα', 'άλλαξε', 'αλλάξαμε', 'αλλάξατε', 'άλλαξαν', 'αλλάξτε', 'αλλάζω', 'αλλάζουμε']);
const PROSE_CODE_EL_TO = foldedSpellings(['σε']);
/** "Νέος κωδικός: Tyxi-Ter4921" (new code:) in a reset message: a new or temporary code labels the password. */
const PROSE_CODE_EL_NEW = foldedSpellings(['νέος', 'νέο', 'καινούργιος', 'προσωρινός', 'προσωρινό']);
/**
 * UK/RU/PL/CS "Я змінила пароль до системи … на …" (I changed the password of the system … to …),
 * "сменил пароль на …", "zmieniłam hasło do … na …": a password changed to a value ("на" / "na").
 */
const PROSE_CHANGED_SLAVIC = [
  ...foldedSpellings(['змінила', 'змінив', 'змінили', 'поміняла', 'поміняв', 'поміняли', 'сменила', 'сменил', 'сменили', 'поменяла', 'поменял', 'поменяли', 'изменила', 'изменил', 'изменили']),
  'zmieniłam', 'zmieniłem', 'zmieniła', 'zmienił', 'zmienili', 'změnila', 'změnil', 'změnili', 'zmenila', 'zmenil', 'zmenili',
];
const PROSE_CHANGED_SLAVIC_WORDS = [...foldedSpellings(['пароль']), 'hasło', 'haslo', 'heslo'];
const PROSE_CHANGED_SLAVIC_TO = [...foldedSpellings(['на']), 'na'];
/**
 * "είχε πρόσβαση στο σύστημα με τον κωδικό …" (had access to the system with the code …), "συνδέθηκε
 * … με τον κωδικό …" (logged in … with the code …): a code one gets in with is a password.
 */
const PROSE_CODE_EL_ACCESS = foldedSpellings(['πρόσβαση', 'πρόσβασης', 'συνδέθηκε', 'συνδέθηκα', 'συνδέεται', 'μπήκε', 'μπήκα']);
const PROSE_CODE_EL_WITH = foldedSpellings(['με τον', 'με το']);
/** "ξεκλειδώνει με τον κωδικό …" (unlocks with the code …): what a code unlocks is a password's. */
/**
 * "passordet er nå Stormfugl#7731 (det gamle var Havhest2022!, …)": the old password named after the
 * new one, on the same line, in the languages whose words say "the old one was"; and "… cambiar la
 * contraseña del sistema de recetas. La actual es …" (the current / new one is), the password named
 * first and its value given with "the current one".
 */
const PROSE_OLD_ONE = `(?:${[
  // Swiss German "Ds alte isch … gsi" (the old one was …).
  '(?:det|den|das|ds|the)[ \\t]+(?:gamle|gamla|alte|old(?:[ \\t]+one)?)[ \\t]+(?:var|war|was|er|är|is|isch)',
  'the[ \\t]+(?:current|new)(?:[ \\t]+one)?[ \\t]+is',
  // "… password had been rotated …; the old one (`Tow-Repl-2024!`) was still in recovery.conf": the
  // value in brackets right after "the old / new one", maybe with an adjective ("the old shared one",
  // "… is still the shared one (LibertyKnot2023!)").
  'the[ \\t]+(?:old|new|current|previous|shared|same|usual|default)(?:[ \\t]+[a-z]{3,12})?[ \\t]+one(?=[ \\t]+\\()',
  'die[ \\t]+(?:aktuelle|neue|jetzige)[ \\t]+ist',
  '(?:la|el)[ \\t]+(?:actual|nueva|nuevo|anterior|vieja|viejo)[ \\t]+(?:es|era)',
  '(?:a|o)[ \\t]+(?:atual|actual|nova|novo|antiga|antigo|anterior)[ \\t]+(?:é|era)',
  "(?:l'actuel(?:le)?|l'ancien(?:ne)?|la[ \\t]+nouvelle|le[ \\t]+nouveau)[ \\t]+(?:est|était)",
  '(?:quella|la)[ \\t]+(?:attuale|nuova|vecchia)[ \\t]+(?:è|era)',
  // "La mía es …", "mine is …", "a minha é …", "la mienne est …", "la mia è …" (mine is).
  'mine[ \\t]+(?:is|was)', '(?:la|el)[ \\t]+(?:mía|mia|mío|mio)[ \\t]+(?:es|era)', '(?:a|o)[ \\t]+(?:minha|meu)[ \\t]+(?:é|era)',
  "la[ \\t]+mienne[ \\t]+(?:est|était)", '(?:la|il)[ \\t]+mi[ao][ \\t]+(?:è|era)',
].join('|')})`;
/**
 * A password named just before (on the line or the one above: an SSH prompt "…'s password:"), then
 * taken up by a pronoun: "We changed it yesterday to …", "Servicepasswort, laut Zettel im Schrank ist
 * es …" (according to the note it is …), "pide la contraseña de la app. Antes era …" (before, it was …; PT
 * "antes era", IT "prima era", FR "avant c'était"). The value must still look like a password.
 */
const PROSE_PRONOUN = `(?:(?:changed|set|reset|updated)[ \\t]+it(?:[ \\t]+[a-z]{2,12}){0,2}[ \\t]+to|ist[ \\t]+es|lautet[ \\t]+es|antes[ \\t]+era|antes[ \\t]+(?:funcionaba|servía)[ \\t]+con|prima[ \\t]+era|avant[ \\t]+c['’]était|vorher[ \\t]+war[ \\t]+es)`;
const PROSE_PRONOUN_KEYWORDS = ['changed it', 'set it', 'reset it', 'updated it', 'ist es', 'lautet es', 'antes era', 'antes funcionaba', 'antes servía', 'prima era', "avant c'était", 'avant c’était', 'vorher war'];
/** The openings of PROSE_OLD_ONE, as keywords (the rule runs where one occurs). */
const PROSE_OLD_KEYWORDS = ['det gamle', 'den gamle', 'det gamla', 'den gamla', 'das alte', 'ds alte', 'the old', 'the current', 'the new', 'the previous', 'the shared', 'the same', 'the usual', 'the default', 'die aktuelle', 'die neue', 'die jetzige', 'la actual', 'el actual', 'la nueva', 'el nuevo', 'la anterior', 'el anterior', 'la vieja', 'el viejo', 'a atual', 'o atual', 'a actual', 'a nova', 'o novo', 'a antiga', 'o antigo', 'a anterior', 'o anterior', "l'actuel", "l'ancien", 'la nouvelle', 'le nouveau', 'quella attuale', 'la attuale', 'la nuova', 'la vecchia', 'mine is', 'mine was', 'la mía', 'la mia', 'el mío', 'el mio', 'a minha', 'o meu', 'la mienne', 'il mio'];
const PROSE_OLD_AFTER = ['passord', 'password', 'passwort', 'kennwort', 'lösenord', 'losenord', 'adgangskode', 'contraseña', 'contrasena', 'clave', 'senha', 'mot de passe'];
/**
 * Greek "χρήστης: …, κωδικός: …": after a user label on its line, "κωδικός:" labels the password;
 * also without colons, "χρήστης k.papadaki, κωδικός …" (the user name, a comma, the code), and after
 * an account in brackets, "με τον λογαριασμό om_kozani (κωδικός …)" (with the account …, code …).
 */
const PROSE_CODE_EL_USER = foldedSpellings(['χρήστης', 'χρήστη', 'όνομα χρήστη', 'λογαριασμός', 'λογαριασμό', 'λογαριασμού']);
const PROSE_CODE_EL_UNLOCKS = foldedSpellings(
  ['ξεκλειδώνει', 'ξεκλειδώνουν', 'ξεκλειδώνεις', 'ξεκλειδώνετε', 'ξεκλειδώστε', 'ξεκλείδωσε', 'ξεκλειδώνεται'].flatMap((verb) => [`${verb} με τον`, `${verb} με το`, `${verb} με`]),
);
/**
 * Words that name a password column ("password", "kezdeti_jelszo", "Passwort", "contraseña"). The
 * header cell must end with one (an "initial_password" column holds passwords, a
 * "password_changed_at" or "password_hash" column does not).
 */
// Not "kode": a header ending in it is a code column as often ("varekode", "postkode", "landekode").
const PASSWORD_COLUMN_WORDS = ['password', 'passwd', ...PROSE_PASSWORD_WORDS.filter((w) => w.length >= 4 && !w.includes(' ') && w !== 'kode')];
const PASSWORD_COLUMN_RE = new RegExp(`(?:${PASSWORD_COLUMN_WORDS.map(escapeRe).join('|')})[\\s"'\`]*$`, 'i');
/** Lao ໃໝ່ (new) as normalisation leaves it (NFKC decomposes ໝ into ຫນ). */
const LAO_NEW = foldedSpellings(['ໃໝ່']).join('|');
/**
 * Thai after รหัสผ่าน: "ใหม่" (new) or "ชั่วคราว" (temporary), then maybe "คือ" (is): "รหัสผ่านใหม่คือ …";
 * Lao after ລະຫັດຜ່ານ: "ໃໝ່" (new), "ແລ້ວ" (already), "ແມ່ນ" (is): "ລະຫັດຜ່ານໃໝ່ແລ້ວ: …". Both are
 * written without spaces, so what the password is for may come between the word and its "is", in
 * the same script: "ລະຫັດຜ່ານເຂົ້າລະບົບສິນເຊື່ອໃໝ່ແມ່ນ …" (the password to log in to the new loan system is).
 */
const PROSE_THAI_AFTER = `[\u0E00-\u0E7F]{0,60}?คือ|ใหม่|ชั่วคราว|[\u0E80-\u0EFF]{0,40}?ແມ່ນ|(?:${LAO_NEW})ແລ້ວ|${LAO_NEW}`;
/** Password words in scripts written without spaces (ZH/JA/KO): no word boundary before them. */
// Also Hebrew, Arabic (their conjunction and article attach to the word: והסיסמה, وكلمة; Gulf
// Arabic also says الرقم السري, "the secret number", for a password or a PIN), and Thai,
// Khmer (ពាក្យសម្ងាត់, "secret word", maybe with a possessive before its គឺ "is": "ពាក្យសម្ងាត់របស់ខ្ញុំគឺ …")
// and Burmese (စကားဝှက်), written without spaces between words.
const PROSE_PASSWORD_WORDS_CJK = ['密码', '密碼', '口令', '비밀번호', '비번', '암호', 'パスワード', '暗証番号', 'סיסמה', 'סיסמא', 'كلمة المرور', 'كلمة السر', 'الرقم السري', 'الباسورد', 'باسورد', 'الباسوورد', 'باسوورد', 'รหัสผ่าน', 'ລະຫັດຜ່ານ', 'கடவுச்சொல்', 'ពាក្យសម្ងាត់', 'စကားဝှက်'];
/**
 * A password key glued to a lower-case word in lower case ("bypass: …"), before a value;
 * "brokerPass:" is camelCase and "dbpass" a database password (Moodle's $CFG->dbpass), and Java's
 * keystore passwords are "storepass" / "keypass" (keytool's flags, as property names:
 * `keystore.storepass = …`).
 */
/**
 * "… bindDN cn=svc,… und bindPassword Parkett#Wien2024 –": a camelCase directive (LDAP's
 * bindPassword, adminPassword) and its value after a space, in prose or a config quoted in it. Only
 * a capital P after lower-case letters (not "superpassword"), and a value with upper and lower case,
 * a digit and a symbol: a word after such a name is prose.
 */
/**
 * "user/pass: intake-kiosk / NightShift#2207": a label naming both, then the user, a spaced slash and
 * the password; the value after "pass:" is the user (user_password_pair reads the password).
 */
const USER_PASS_LABEL_BEFORE = /(?:user(?:name)?|login|benutzer|usuario|utilisateur)[ \t]*\/[ \t]*(?:pass(?:word|wd)?|pwd|pw)[ \t]*[:=][ \t]*$/i;
const pairLabelUser = (ctx: { text: string; start: number; end: number }): boolean =>
  USER_PASS_LABEL_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start)) && /^[ \t]+\/[ \t]+\S/.test(ctx.text.slice(ctx.end, ctx.end + 4));
const GLUED_PASSWORD_SPACE = /[a-z]{2}password[ \t]+$/i;
const camelPasswordDirective = (v: string, ctx: { text: string; start: number }): boolean =>
  /[a-z]{2}Password[ \t]+$/.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && /[^A-Za-z0-9]/.test(v);
const GLUED_LOWER_PASS = /(?<![a-z])(?!db|(?:trust|key)?storepass|keypass)[a-z]+pass(?:word|wd)?["'\]]{0,2}[ \t]{0,40}(?:=|:|=>|:=)[ \t]{0,5}["'`]?$/;

/**
 * A named PIN (`HSM_PIN: …`, `SIM_PIN=…`, `admin-pin`): a secret when it is more than digits (a
 * Secret's base64 of a passphrase); a bare `pin:` is a GPIO pin or an Indian postal code, and a
 * digits-only value an id as often as a PIN.
 */
const NAMED_PIN_BEFORE = /[_-]pin["'\]]{0,2}[ \t]*(?:=|:|=>|:=)[ \t]*["'`]?$/i;

/**
 * A reference code, not a password: upper-case parts joined by hyphens, one of them a year
 * ("Kode: MKR-TOK-2025-03", a maker space's token code; "INV-2024-0047"), or letter parts then
 * digit parts ("Kode booking salon: BK-BDG-250315-0927", Indonesian: booking code). "Code" words in
 * Danish, Norwegian and Indonesian ("kode") name passwords and such codes alike.
 */
const REFERENCE_CODE = /^(?:[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8})*-(?:19|20)\d{2}(?:-[A-Z0-9]{1,8})*|[A-Z]{2,5}(?:-[A-Z]{2,5})*(?:-\d{2,8}){2,})$/;

/**
 * "Korisnik i lozinka za Kardex: magacin01 / Skopje#Delovi7", "usuario y contraseña: … / …": a user
 * word and a password word joined by "and" (or a slash), maybe "for <system>", then the pair after a
 * colon (user_password_pair), in the languages' own words.
 */
/**
 * "is" after the login phrase in the other languages ("hans login til permit-systemet er mads.k / …",
 * "il login del portale è …"); the English one is spelled out in the pattern.
 */
const LOGIN_COPULAS = ['er', 'är', 'ist', 'est', 'es', 'é', 'è', 'on', 'je', 'jest', 'zijn', 'sind', 'sont', 'son', 'são', 'sono'].join('|');
/**
 * "is / still" before a bare admin / root user in the other languages: Swiss German "isch immer no
 * admin / …" (is still), DE "ist noch", "är", "er", "est", "es", "é", "è"; "as" (PL "zalogował się na admin /
 * …", logged in on, "jako", DE/NL "als", ES/PT "como", FR "comme", IT "come"). "on admin / Settings-v2"
 * is a menu, so no "on".
 */
const ADMIN_AFTER_WORDS = ['isch', 'ist', 'noch', 'immer[ \\t]+no', 'är', 'er', 'est', 'es', 'é', 'è', 'jest', 'się[ \\t]+na', 'jako', 'als', 'como', 'comme', 'come'].join('|');
/**
 * An account word, up to four words (what it is for, "created"), a colon, then `user:password`: Tamil
 * "புதிய அக்கவுண்ட் உருவாக்கினேன்: scanlab:…" (I created a new account: …); each is a keyword.
 */
/**
 * CJK account and user words before "：user / password" ("账号：hz_revenue / …"), in Korean also with the
 * topic particle ("접속은 landlord.busan / …", the access is …); no word boundary in unspaced scripts.
 */
const CJK_ACCOUNT_WORD_LIST = ['账号', '帳號', '账户', '帳戶', '用户名', '用戶名', 'アカウント', 'ユーザーid', '계정', '아이디', '접속', '로그인'];
const CJK_ACCOUNT_WORDS = CJK_ACCOUNT_WORD_LIST.join('|');
const ACCOUNT_WORD_LIST = ['account', 'konto', 'compte', 'cuenta', 'conta', 'アカウント', '계정', 'அக்கவுண்ட்', 'अकाउंट', 'खाता'];
const ACCOUNT_WORDS = ACCOUNT_WORD_LIST.join('|');
/** Arabic: "بيانات الدخول" (login data), "البيانات" (the details), "الحساب" (the account), "اسم المستخدم" (user name). */
const AR_LOGIN_WORDS = 'بيانات[ \\t]+(?:الدخول|تسجيل[ \\t]+الدخول)|البيانات|الحساب|اسم[ \\t]+المستخدم';
const PAIR_LABEL_USERS = ['korisnik', 'korisničko ime', ...foldedSpellings(['корисник', 'корисничко име', 'пользователь', 'логин']), 'usuario', 'usuário', 'utilisateur', 'identifiant', 'benutzer', 'benutzername', 'utente', 'użytkownik', 'uživatel', 'gebruiker', 'gebruikersnaam', 'kullanıcı', 'felhasználó', 'käyttäjä', 'bruker', 'användare', 'bruger'].join('|');
const PAIR_LABEL_PASSWORDS = ['lozinka', ...foldedSpellings(['лозинка', 'пароль']), 'contraseña', 'contrasena', 'clave', 'senha', 'mot de passe', 'passwort', 'kennwort', 'hasło', 'heslo', 'geslo', 'parola', 'wachtwoord', 'şifre', 'jelszó', 'salasana', 'passord', 'lösenord', 'adgangskode'].join('|');
/**
 * "prihlasovacie údaje do portálu …: servis.kosice:Autobus2024!" (login details: user:password): words
 * that name a login's details, then the pair joined by a colon after the label's own colon.
 */
const PAIR_DATA_WORD_LIST = ['prihlasovacie údaje', 'prihlasovacie udaje', 'přihlašovací údaje', 'prihlasovaci udaje', 'login data', 'login details', 'login credentials', 'zugangsdaten', 'anmeldedaten', 'identifiants', 'credenciales', 'credenciais', 'dane logowania', 'dane dostępowe', 'inloggegevens', 'inloggningsuppgifter', 'kirjautumistiedot', 'bejelentkezési adatok', 'date de autentificare', 'pristupni podaci', 'podatki za prijavo', ...foldedSpellings(['данные для входа', 'учётные данные', 'учетные данные'])];
const PAIR_DATA_WORDS = PAIR_DATA_WORD_LIST.map(escapeRe).join('|');
/** "… -u user -p " right before a value (cli_password). */
const USER_THEN_P = /(?:-u|--user(?:name)?)[ =]["']?[^\s'"]{1,100}["']?[ \t]+-p[ =]["']?$/;

/** Every password word, without accents (isPasswordWord). */
const PASSWORD_WORDS_UNACCENTED = new Set(['password', 'passwd', 'passphrase', ...PROSE_PASSWORD_WORDS, ...PROSE_PASSWORD_WORDS_CJK].map(unaccented));
// CJK_LETTERS (../letters): a value typed in Latin letters ends where the Japanese, Chinese or Korean
// sentence resumes ("パスワード: Kst#5520uk）で…").
/** "… ist / est / is / ni / ay / ialah / është …" between the password word and the value. */
const PROSE_VERBS = [
  // AF "is teruggestel na" (was reset to), "verander na" (changed to): before "is", since the first
  // alternative that lets the whole pattern match wins, and "is" alone would take "teruggestel" as the value.
  'is teruggestel na', 'teruggestel na', 'is verander na', 'verander na',
  // PL/CS/SK/RU/UK the participle after the word: "hasło zmienione na …" (password changed to …),
  // "heslo bylo změněno na …", "пароль изменён на …", "пароль змінено на …".
  'zostało zmienione na', 'zmienione zostało na', 'zmienione na', 'zmieniono na', 'zostało ustawione na', 'ustawione na',
  'bylo změněno na', 'změněno na', 'bolo zmenené na', 'zmenené na',
  ...foldedSpellings(['был изменён на', 'был изменен на', 'изменён на', 'изменен на', 'сменён на', 'сменен на', 'було змінено на', 'змінено на']),
  // FR (spoken, Québec) "l'ancien mot de passe c'était …" (it was), "c'est".
  "c'était", 'c’était', "c'est", 'c’est',
  'ithi', 'là', 'lautet', 'ist', 'est', 'es', 'és', 'era', 'fue', 'foi', 'é', 'è', 'e', 'is', 'was', 'wynosi', 'to', 'jest', 'är', 'er', 'on', 'je', 'este', 'ni', 'ir',
  // IS/NO/SV/DA "var" (was: "Gamla lykilorðið var …"); Swiss German "isch" (is); HA "ita ce" / "shi ne"
  // (it is: "kalmar sirri ita ce …"), also written as one word (itace, shine); SO "waa" (is: "erayga sirta … waa …"); FI/ET "oli" (was:
  // "Vanha salasana oli …").
  'var', 'isch', 'ita ce', 'shi ne', 'itace', 'shine', 'waa', 'oli',
  // IG "bụ" (is: "Okwuntughe … bụ …"); CY predicative "yn" ("Mae'r cyfrinair newydd … yn …");
  // Darija in Latin script "howa / hiya" (it is: "lmot de passe howa …"); OR ହେଉଛି (is); MG "dia"
  // (topic: "Ny tenimiafina … dia …"); TI ድማ (and: "ፓስዎርድ ድማ … እዩ", as Amharic ደግሞ); WO "mooy"
  // (is: "mot de passe bi mooy …").
  'bụ', 'yn', 'howa', 'hiya', 'ହେଉଛି', 'dia', 'ድማ', 'mooy',
  // BN হলো / হল / হচ্ছে (is: "অ্যাডমিন পাসওয়ার্ড হলো …"; the longer form first, as its vowel sign is
  // no letter to stop the shorter one); HU "mostantól" (from now on: "a jelszó mostantól …", Hungarian
  // has no copula in the present).
  'হলো', 'হচ্ছে', 'হল', 'mostantól',
  // SE "lea" (is: "beassansátni lea …"); KA არის (is: "პაროლი არის …") and the topic particle კი
  // ("მომხმარებელია broker_tbs, პაროლი კი …": the user is …, and the password …).
  'lea', 'არის', 'კი',
  // CY "ydy / ydi" (is, the spoken forms of "yw": "Fy nghyfrinair i ydy …"); EO "estas"; BR "eo"; LT "yra";
  // MT "hija / huwa" (she / he is: "il-password tiegħi hija …"); HT "sé" (as "se").
  'ydy', 'ydi', 'estas', 'eo', 'yra', 'hija', 'huwa', 'sé',
  // AR "ما زالت / لا تزال" (is still: "كلمة مرور شبكة الواي فاي … ما زالت …؟").
  'ialah', 'adalah', 'ay', 'është', 'yw', 'היא', 'הוא', 'هي', 'هو', 'كانت', 'كان', 'ما زالت', 'ما زال', 'مازالت', 'مازال', 'لا تزال', 'لا يزال', ...PROSE_CODE_EL_VERB,
  // A possessive and no verb: ID/MS "kata sandi saya …" (my password …), Gulf / Levantine / Egyptian
  // Arabic "كلمة المرور حقي / تبعي / بتاعتي …" (the password of mine …).
  'saya', 'حقي', 'تبعي', 'بتاعتي',
  // FR "c'est", LB "ass", HU "pedig" ("a jelszó pedig …": and the password, …), AZ "isə" (as for),
  // SL "pa" ("uporabnik je admin, geslo pa …": and the password …).
  "c'est", 'ass', 'pedig', 'isə', 'pa',
  // AM "… ደግሞ <value> ነው" (and the password is …: the verb ነው comes after the value).
  'ደግሞ',
  // MN topic particle "нь" ("нууц үг нь …": the password is …).
  ...foldedSpellings(['нь']),
  // HA "kuma" (and also: "kalmar sirri kuma …").
  'kuma',
  // ST "ke" (is); PS "مو" (your: "پټنوم مو …"); HT "se" ("modpas la se …": the password is …).
  'ke', 'مو', 'se',
  // "set/changed to", as whole phrases (a bare "na"/"kepada" would end the phrase too early:
  // "hasło na serwerze to …"): Malay/Indonesian, Czech/Slovak.
  // TR "şifre olarak …" (as the password), HY "… գաղտնաբառն է …" (is).
  'olarak', 'է',
  'ditukar kepada', 'tukar kepada', 'diganti menjadi', 'diubah menjadi', 'menjadi', 'nastavil na', 'nastavila na', 'nastavené na', 'změnil na', 'zmenil na',
];
/**
 * "password sementara …", "senha provisória …": a "temporary / new / initial" adjective, then the value (which must look like a password).
 * Farsi puts the value before the verb ("رمز عبور موقتت Golestan!4815 هست"): موقت / جدید / اولیه /
 * پیش‌فرض (temporary, new, initial, default), maybe with a possessive ending (-ت your, -م my, …);
 * Arabic's المؤقت / الجديد (the temporary, the new) follow the noun with its article. Farsi آن / اون
 * (its: "رمز عبور آن Minaret!4815 است", the password of it is …) stands in the same place, and Greek
 * προσωρινά / νέος (temporarily, new: "κωδικός πρόσβασης προσωρινά …"), and Burmese အသစ် (new), maybe
 * with the topic particle က ("password အသစ်က …"); Darija "dyal-" (of: "le mot de passe dyalo …",
 * his password); Yoruba "tuntun" (new: "password tuntun fún … ni …", the new password for … is);
 * Kurmanji "nû" (new: "Şîfreya nû … e").
 */
const PROSE_TEMP = `la[ \\t]+muda|ya[ \\t]+muda|jipya|mpya|nû|sementara|baru|awal|iniziale|inicial|initiale|nuova|nueva|nouveau|temporaire|temporal|tempor(?:á|a)ria|provis(?:ó|o)ria|provisional|provisoire|temporanea|provvisoria|tymczasowe|temporar(?:ă|a)|ge(?:ç|c)ici|t(?:ạ|a)m(?:[ \\t]th(?:ờ|o)i)?|vorl(?:ä|ae)ufiges|(?:موقت|جدید|جديد)(?:ی|ي|ت|م|ش|تان|مان|شان)?|المؤقتة?|الجديدة?|اولیه|اوليه|پیش\\u200c?فرض|آن|اون|ùr|အသစ်က?|dyal(?:o|ha|i|ek|k|na|kom|hom)|tuntun|${foldedSpellings(['προσωρινά', 'προσωρινός', 'προσωρινό', 'προσωρινή', 'νέος', 'νέο']).join('|')}`;
/**
 * "for" after the password word ("Passwort für den Drucker: …"), in the product's languages; UK/RU/BG
 * "для" as normalisation leaves it ("пароль для всіх новеньких — …": a spaced dash ends the phrase as a
 * colon does), UK "до" and RU "от" ("Пароль до спільної поштової скриньки … — …", "Пароль от учётки
 * экспортного отдела Mikroshema_2025!, логин …"), SR "од". English "for" is added only where the value follows at once (PROSE_FOR_VALUE).
 */
const PROSE_FOR = ['f(?:ü|ue)r', 'pour', 'para', 'voor', 'per', 'dla', 'do', 'för', 'til', 'za', ...foldedSpellings(['для', 'до', 'от', 'од'])].join('|');
/**
 * A clause after a comma that states the value: "la contraseña de aplicación de Gmail, que es …",
 * "Пароль от панели … сменили, теперь он …" (was changed, now it is …).
 */
// QC "c'est rendu" (it's now: "Le mot de passe … a changé aussi, c'est rendu …"), before "c'est".
// PT/ES "I gave / passed / sent it": "pediu a senha de manutenção, informei Manut#4412 por telefone".
// "now it is": "A senha do computador … mudou, agora é …" (PT), ahora es, ora / adesso è, jetzt ist, nu är.
// A colon may stand for the comma: "la password … è cambiata: ora è …".
// Swiss German "het es nöis Passwort, es isch …" (has a new password, it is …).
const PROSE_COMMA_VERBS = ['que es', 'que era', 'qui est', "c'est rendu", "c’est rendu", "c'est maintenant", "c’est maintenant", "c'est", 'che è', 'which is', 'informei', 'passei', 'mandei', 'enviei', 'le di', 'le pasé', 'agora é', 'agora e', 'ahora es', 'ora è', 'adesso è', 'jetzt ist', 'nu är', 'nu er', 'nu is', 'teraz jest', 'es isch', 'es ist', 'das isch', 'maintenant c’est', "maintenant c'est", ...foldedSpellings(['теперь он', 'теперь она', 'тепер він', 'тепер вона'])].join('|');
/**
 * "šifra za servisni meni Servis-Mostar77": what the password is for, in one to three words, then
 * the value straight away; only where that value has a digit and a letter (validate still wants it
 * password-like).
 */
const PROSE_FOR_VALUE = `[ \\t]+(?:${PROSE_FOR}|for)(?:[ \\t]+[^\\s:=.!?,;"\`]{1,25}){1,3}?(?=[ \\t]+(?=[^\\s,.;]*\\d)(?=[^\\s,.;]*[A-Za-z])[^\\s,.;]{8,})`;
/** "la password iniziale è …", "la contraseña nueva es …": the adjective, then the verb. */
const PROSE_TEMP_VERB = '(?:[ \\t]+(?:è|é|e|es|est|ist|is|was|era|ay))?';
/**
 * Up to sixteen words between the password word and its verb: "la contraseña temporal del portal de
 * proveedores es …", "het wachtwoord van de gedeelde mailbox is …", "le mot de passe du compte SAP
 * partagé pour les saisies de lots en production (compte PROD_GRASSE) est …" (unless the value
 * follows a ":" it must still look like a password). Words stop at whitespace and
 * at sentence punctuation, so the phrase stays in one clause; each is at most 25 characters, so a
 * try costs a bounded amount wherever a password word starts (the rule is anchored).
 */
// A bracketed aside counts as one word, colons and dots inside it too: "hasło do systemu (login:
// bank.gamet.krk) to …", "nenosiri la akaunti ya muda (user: contractor_ke) ni …"; so does a quoted
// name ("הסיסמה … של תיק "ברקת" היא …", the password … of the case "Bareket" is …).
const PROSE_PHRASE = `(?:[ \\t]+(?:[^\\s:=.!?,;"\`]{1,25}|\\([^()\\n]{1,40}\\)|"[^"\\n:=]{1,30}"|“[^”\\n:=]{1,30}”|«[^»\\n:=]{1,30}»)){0,16}?`;
/**
 * "mot de passe provisoire : …", "Passwort (neu): …", "wachtwoord dashboard voor de invalkracht:": up
 * to twelve words before the ":" ("كلمة السر الجديدة لبوابة الفواتير اللي طلبها قسم المشتريات:", Swahili
 * "Nenosiri la akaunti ya portal ya mawakala wa meli Mombasa:"), in one
 * sentence (Armenian ։, Devanagari ।, Ethiopic ።, CJK 。 end it too).
 */
// A word opening a bracket is not the label's last: "(login: bank.gamet.krk)" is an aside, its
// colon no label's (PROSE_PHRASE takes the aside whole).
const PROSE_LABEL = `(?:[ \\t]+(?!\\([^()\\n]{0,40}:)[^\\s:=.!?,;"\`։।።。？！]{1,25}){0,12}?`;
/** "Passwort laut Übergabeprotokoll …", "mot de passe selon la fiche …": where the value comes from, then the value. */
const PROSE_SOURCE = `[ \\t]+(?:laut|gem(?:ä|ae)(?:ß|ss)|selon|seg(?:ú|u)n|secondo|volgens|according[ \\t]+to)(?:[ \\t]+[^\\s:=.!?,;"\`]{1,25}){1,3}?`;
/**
 * "… is now …", "… is currently …", "… ist jetzt …", "… je i dalje …" (still), "… ist übrigens …" (by the way): an adverb
 * after the verb. Nynorsk writes "now" as "no" ("passordet er no …"); "the password is no longer …"
 * has no value that looks like a password after it.
 */
const PROSE_NOW = `(?:[ \\t]+(?:now|currently|presently|aktuell|derzeit|momentan|actuellement|actualmente|attualmente|momenteel|obecnie|nu|nå|no|nun|jetzt|maintenant|ahora|agora|ora|adesso|teraz|still|noch|immer[ \\t]+noch|toujours|todav(?:í|i)a|ainda|ancora|nadal|i[ \\t]+dalje|jo(?:š|s)[ \\t]+uvijek|(?:ü|ue)brigens|btw|by[ \\t]+the[ \\t]+way|por[ \\t]+cierto|d'ailleurs|tra[ \\t]+l'altro)(?![\\p{L}\\p{N}_]))?`;
/**
 * HY puts the copula last too: "Հավելվածի գաղտնաբառս Ararat_Charge21 է" (my password is …), and so
 * do Hindi, Marathi, Nepali and Urdu: "एडमिन पेज का पासवर्ड sk4417adm है" (… the password is …), and
 * Hinglish in Latin letters ("password abc12345 hai").
 */
/** Farsi's copulas (is), last in the sentence: PROSE_FA_SOV below. */
const FA_COPULAS = ['است', 'هست'];
const SOV_COPULAS = ['է', 'էր', 'है', 'था', 'थी', 'आहे', 'होता', 'हो', 'छ', 'ہے', 'تھا', 'hai'];
const PROSE_HY_SOV = `(?=[ \\t]+[^\\s]{6,127}[ \\t]+(?:${SOV_COPULAS.join('|')})(?![\\p{L}\\p{M}]))`;
/**
 * The value right before such a copula is stated, as after a ":": people choose letters and digits
 * ("sk4417adm"), not always a third character class. A word ("गलत है", is wrong) has no digit.
 */
const SOV_STATED = new RegExp(`^[ \\t]+(?:${[...SOV_COPULAS, ...FA_COPULAS].join('|')})(?![\\p{L}\\p{M}])`, 'u');
function statedBeforeCopula(v: string, ctx: { text: string; end: number }): boolean {
  return v.length >= 6 && /\d/.test(v) && /\p{L}/u.test(v) && SOV_STATED.test(ctx.text.slice(ctx.end, ctx.end + 12));
}
/**
 * Farsi puts the verb last: "رمز عبور ایمیل مشترک واحد Panah@Shiraz1403 است" (the password of the
 * unit's shared mailbox is …): up to four Arabic-script words after the password word, then the
 * value, then است / هست (is).
 */
const PROSE_FA_SOV = `(?:[ \\t]+[\\u0600-\\u06FF\\u200c]{2,20}){1,4}(?=[ \\t]+[^\\s]{6,127}[ \\t]+(?:${FA_COPULAS.join('|')})(?![\\p{L}]))`;
/**
 * "Ist das Passwort noch Falzbogen!4471?", "is the password still …?": a question puts the verb
 * first, so "still" follows the word directly; only before a value with a digit or a symbol.
 */
const PROSE_STILL = `[ \\t]+(?:noch|still|encore|todav(?:í|i)a|ainda|ancora|nog)(?=[ \\t]+["'\`«„“]?[^\\s"'\`]*[\\d!#$%&*+=?@^_~])`;
/**
 * Possessives after the English word in other languages' prose: Tagalog ("password ko ay …", "password
 * ko sa portal ay …"), Yoruba ("password rẹ̀ ni …"), Maltese ("il-password tiegħi hija …").
 */
const PROSE_POSSESSIVES = 'ko|mo|niya|namin|natin|nila|rẹ̀|rẹ|re|mi|wa|tiegħi|tiegħek|tagħna|tagħhom';
/**
 * Prepositions that start the phrase after the English word in other languages' prose ("la password del NAS … è", Tagalog
 * "password ng tablet … ay", Swahili "password ya account yangu ni …"); the phrase may run to 100 characters, an aside
 * in brackets included ("la password del portale proprietari (dove i locatori … scaricano le fatture) è …").
 */
const PROSE_OF = 'for|of|on|to|per|del|della|dello|dei|degli|di|da|do|dos|das|de|du|des|van|von|voor|ka|ki|ke|ng|sa|fún|fun|ya|wa|za';
/** The verb before the value ("ist", "est", "is", "to", …), a whole word, maybe "now" and a ":" after it. */
// Xhosa/Zulu write the copula as a prefix of the value: "… ye-Wi-Fi ngu-Ndlovu-Stoep-62".
// Thai and Lao glue their "is" to the words before it ("รหัสผ่าน Wi-Fi สำหรับพนักงาน…คือ …").
/**
 * Verbs of one or two Latin letters ("e", "é", "je", "to", "on", "se", …) are also articles,
 * prepositions and pronouns inside the phrase ("fjalëkalimi im i ri për sistemin e pranimeve është
 * …": Albanian "e" is "of"). The first verb that lets the pattern match ends the phrase, and the
 * value is only judged afterwards; so after such a short verb the value must show a digit or a
 * symbol (or a ":" must follow), and the phrase runs on to the real verb otherwise.
 */
const PROSE_VERB_IS_SHORT = (w: string): boolean => w.length <= 2 && /^[\p{Script=Latin}]+$/u.test(w);
const PROSE_VERBS_LONG = PROSE_VERBS.filter((w) => !PROSE_VERB_IS_SHORT(w));
const PROSE_VERBS_SHORT = PROSE_VERBS.filter(PROSE_VERB_IS_SHORT);
const PROSE_VERB = `(?:[ \\t]+(?:${PROSE_VERBS_LONG.join('|')})(?![\\p{L}\\p{N}_])${PROSE_NOW}(?:[ \\t]*:)?|[ \\t]+(?:${PROSE_VERBS_SHORT.join('|')})(?![\\p{L}\\p{N}_])${PROSE_NOW}(?:[ \\t]*:|(?=[ \\t]+["'\`«„“]?[^\\s"'\`]*[\\d!#$%&*+=?@^_~]))|[ \\t]+ng[uie]-(?=[\\p{L}\\p{N}])|[ \\t]+[\\u0E00-\\u0E7F]{0,60}?คือ(?=[ \\t])|[ \\t]+[\\u0E80-\\u0EFF]{0,60}?ແມ່ນ(?=[ \\t]))`;
const PROSE_ASSIGNED = new RegExp(`(?:${PROSE_PASSWORD_WORDS.map(escapeRe).join('|')})[ \\t]*[:=][ \\t]*["'\`]?$`, 'i');

/** "Kennwort: x", "mot de passe = x": the value follows the password word and a ":" or "=". */
function assignedInProse(ctx: { text: string; start: number }): boolean {
  return PROSE_ASSIGNED.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start));
}

/**
 * "Wi-Fi: Lumen_48 / пароль zima2025kv48": on a line that opens with a Wi-Fi label and the network's
 * name, then a separator (/ , ; |), the password word names the network's key, which people choose
 * as letters and digits (8+ characters, WPA's minimum), not always with a third character class.
 */
const WIFI_LINE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:wi-?fi|wlan|ssid)\b[^\n/,;|]{0,40}[/,;|][^\n]{1,30}$/i;
function wifiKey(v: string, ctx: { text: string; start: number }): boolean {
  return v.length >= 8 && /\d/.test(v) && /[A-Za-z]/.test(v) && WIFI_LINE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start));
}

/**
 * A Google app password as Google shows it: four groups of four lower-case letters
 * ("ozqv mtlk pwhe arcd"), assigned (`=`/`:`) to a mail key (SMTP_PASSWORD, EMAIL_HOST_PASSWORD,
 * MAIL_PASS, "app password"), where it is used. Four short words after "password is" are prose.
 */
/** Four groups of four random lower-case letters: a Google app password ("qkvt mzra hwpl ebdn"). */
function appPasswordShape(v: string): boolean {
  if (!/^[a-z]{4}(?: [a-z]{4}){3}$/.test(v)) return false;
  // Random letters, not four English words: a group without a vowel ("mtlk"), or one of j/q/x/z
  // (a random app password has one or the other ~99 % of the time; "this will work fine" has neither).
  return v.split(' ').some((g) => !/[aeiouy]/.test(g)) || /[jqxz]/.test(v);
}
/** An app password after a ":" or "=" on a mail or app-password key. */
function appPassword(v: string, ctx: { text: string; start: number }): boolean {
  if (!appPasswordShape(v)) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
  return /[:=][ \t]*["'`]?$/.test(before) && /smtp|mail|gmail|app[ _-]?pass/i.test(before);
}
/** In a sentence: "la password per le app che mi ha generato Google: qkvt mzra hwpl ebdn". */
// UR ایپ, BN অ্যাপ, HI ऐप, AR تطبيق, JA アプリ, KO 앱, ZH 应用 (app); BN ইমেইল, HI ईमेल (e-mail).
const APP_PASSWORD_NEAR = /smtp|mail|google|app|ایپ|অ্যাপ|ইমেইল|ऐप|ईमेल|تطبيق|アプリ|앱|应用/i;

/**
 * "contoh kode Node.js-nya" (example code in Node.js), "code ASP.NET-Core": a language's or a runtime's
 * name after "kode" / "code" (also a password word in ID, DA and NO), maybe with a suffix, is no password.
 */
const PROGRAMMING_NAME = /^(?:node\.?js|next\.?js|vue\.?js|react\.?js|asp\.net(?:-core)?|\.net|c#|c\+\+|objective-c|type-?script|java-?script|python3?|java|kotlin|swift|golang|rust|ruby|php\d?|perl|vba|sql|t-sql|pl\/sql|matlab|fortran|cobol|dart|scala|elixir|haskell|lua|bash|powershell)(?:[-'’][\p{L}]{1,6})?$/iu;
/** "the password is …", "set the passphrase to …": a sentence, whose next word may be just a word. */
const STATED_PASSWORD = /[ \t](?:is|was|to|set to)[ \t]+(?:(?:now|currently)[ \t]+)?["'`]?$/i;

/**
 * "The number printed on the pass is 01-1614-7265-3421-0": a bare "pass" is also a ski, boarding
 * or bus pass, whose number is digits; stated after it, a password needs a letter.
 */
/**
 * `"pass":"SP-25-004812"`, `pass: BP-2041-77`: a bare "pass" key (a ski, season, bus or boarding
 * pass in a ticketing record) holding an id: capital letters, then digit groups.
 */
const BARE_PASS_KEY = /(?<![A-Za-z_-])pass["'\]]{0,2}[ \t]*[:=][ \t]*["']?$/i;
const PASS_NUMBER = /^[A-Z]{1,4}[-/]?\d{2,}(?:[-/]\d{2,})+$/;
const BARE_PASS_STATED = /(?<![A-Za-z])pass[ \t]+(?:is|was|to|set to)[ \t]+(?:(?:now|currently)[ \t]+)?["'`]?$/i;

/**
 * After "password is": "summer2024", "Kx9!abcd", "hunter2" are passwords; "correct!!", "wrong",
 * "expired." are words (letters, then at most sentence punctuation, and no inner capital).
 */
function statedPassword(v: string): boolean {
  const w = v.replace(/[!?.,;:]+$/, '');
  return /[^A-Za-z]/.test(w) || /^.+[A-Z]/.test(w);
}

/**
 * A hash or an obfuscated digest kept where a password would be: bcrypt and crypt(3) forms
 * (`$2y$…`, `$apr1$…`, `$6$…`), LDAP-style `{SSHA}…`, Jetty's `MD5:` / `CRYPT:`, hex digests.
 */
const PASSWORD_HASH = /^(?:\$(?:2[aby]?|apr1|1|5|6|y|argon2(?:i|d|id)?|scrypt|pbkdf2[\w-]*)\$|\{(?:S?SHA\d*|S?MD5|CRYPT|BCRYPT|PBKDF2[\w-]*)\}|(?:MD5|CRYPT):|[0-9a-f]{32,}$)/i;
/** A user map's value that looks like a password: not a role ("admin"), a hash, an e-mail address or a placeholder. */
function userMapPassword(v: string, ctx: MatchContext): boolean {
  return (
    v.length >= 6 &&
    /\p{L}/u.test(v) &&
    /[^\p{L}]/u.test(v) &&
    !PASSWORD_HASH.test(v) &&
    !isEmailAddress(v) &&
    !PLACEHOLDER_PASSWORD.test(v) &&
    plausiblePassword(v, ctx, true)
  );
}

/** `"reason":"bad_password","attempt":5`: the "value" after the comma is the next JSON key. */
function jsonKey(ctx: { text: string; end: number }): boolean {
  let i = ctx.end;
  if (ctx.text[i] !== '"' && ctx.text[i] !== "'") return false;
  i++;
  while (ctx.text[i] === ' ') i++;
  return ctx.text[i] === ':';
}

/** 8+ characters from three of: lower case, upper case, digits, symbols ("Sonnenblume!47"). */
function passwordLike(v: string): boolean {
  if (v.length < 8) return false;
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(/[0-9]/.test(v)) + Number(/[^A-Za-z0-9]/.test(v));
  return classes >= 3;
}

/**
 * Between a key and its value: `=`, `:`, `=>`, `:=` after an optional closing quote and bracket
 * (`config["SECRET_KEY"] = …`), or a comma between two quoted arguments
 * (`define('DB_PASSWORD', '…')`, `setdefault("API_KEY", "…")`).
 */
/**
 * `postgres://postgres:postgres@localhost`, `amqp://guest:guest@127.0.0.1`: the image's default
 * (user name = password) on a local database, as in committed `.env.test` files; not a secret.
 */
function localDefault(v: string, ctx: { text: string; start: number; end: number }): boolean {
  const t = ctx.text;
  const userStart = ctx.start - 1 - v.length;
  if (t[ctx.start - 1] !== ':' || t[userStart - 1] !== '/' || t.slice(userStart, ctx.start - 1) !== v) return false;
  return /^@(?:localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)(?![\w.-])/i.test(t.slice(ctx.end, ctx.end + 20));
}

/** `;database=…`: a JDBC connection property. */
const JDBC_PROPERTY = /;[A-Za-z][\w.]*=/;

// Up to 40 spaces before the operator: Terraform/HCL and YAML align values in columns.
// `<-`: R's assignment (`token <- "…"` in a REDCap or API script); `??=` / `||=`: JavaScript's
// default assignments (`process.env.OIDC_CLIENT_SECRET ??= '…'`).
// A string type annotation may stand between the name and "=": Python `pos_password: str = "…"` (a
// pydantic settings field), TypeScript `password: string = "…"`, Rust `&'static str`, Kotlin `String`.
const ASSIGN = '(?:(?:["\'\\]]{1,2})?(?:[ \\t]*:[ \\t]*(?:str|string|String|SecretStr|bytes|Optional\\[str\\]|&(?:\'static[ \\t]+)?str)(?=[ \\t]*=))?[ \\t]{0,40}(?:=|:|=>|:=|==|<-|\\?\\?=|\\|\\|=)[ \\t]{0,5}|["\'][ \\t]{0,5},[ \\t]{0,5}(?=["\']))';

/** Greek "είναι" (is) as normalisation leaves it, for "Το token είναι …". */
const SECRET_VERB_EL = foldedSpellings(['είναι']).join('|');

/**
 * `{"key": "token", "value": "…"}`: Postman environments and collections name a variable, then give
 * its value; .NET and NuGet config files do the same in attributes (`<add key="ClearTextPassword"
 * value="…" />`, appSettings' `<add key="ApiKey" value="…" />`).
 */
const KEY_VALUE = '["\'](?:[ \\t]*,[ \\t]*["\']value["\'][ \\t]*:|[ \\t]+value[ \\t]*=)[ \\t]*';

/**
 * How `generic_secret_assignment` finds a value: one of the ways a secret is named, then the
 * value (SECRET_VALUE, the capture). Each way is one constant; a new form of naming belongs in
 * the constant it is a case of.
 */
// The secret as the next string argument after a key id: Alibaba `oss2.Auth("LTAI…", "…")`,
// Tencent `AKID…`, `algoliasearch('APPID', '…')` (the admin key after the application id; the next
// argument may stand on the next line, as gofmt and Prettier wrap long calls),
// Twilio's `twilio('SK…', '…')`, `require("twilio")("SK…", "…")` / `Client("SK…", "…")` (an API key's secret; the auth token after
// an AC account id is twilio_auth_token's).
const SECRET_AFTER_KEY_ID = `(?:LTAI[A-Za-z0-9]{12,20}|AKID[A-Za-z0-9]{13,40}|algoliasearch\\([ \\t]*["'][A-Z0-9]{10}|(?:twilio(?:["']\\))?|Client)\\([ \\t]*["']SK[0-9a-f]{32})["'][ \\t]*,\\s*(?=["'])`;
// A secret named in a sentence: "the consumer secret 799A…", "…, secret X", "key SK… with secret X", ": key X", "the
// token is 8f2…", Greek "Το token είναι …" (the article folds to Latin "To", so only with the
// Greek verb). "secret" and "token" count only after one of their qualifiers; "is" may follow; the
// value may open a bracket ("works with the new token (8e3d…), but"); the key name may be written
// as in code ("o fornecedor mandou: client_secret BKjS…").
// SK "tajomstvo" / CS "tajemství" (secret) after SK/CS "a" (and): "WSKey … a tajomstvo F1Xq…".
// Alibaba Cloud's "AccessKeySecret", glued, in prose: "AccessKeyId LTAI…，AccessKeySecret zro1…。"; Tencent's
// "SecretId AKID…，SecretKey Oj4s…" (NFKC's "," right before the glued name).
// "with" in the product's languages too: "la API key SK… con secret H530…" (ES/IT con, PT com, FR avec, DE/SV mit/med, NL met).
// UR/HI "اور سیکرٹ / और सीक्रेट …" (and the secret …): the word written in their scripts, after "and".
// SW "… na siri yake ni …" (and its secret is …).
const SENTENCE_SECRET_AFTER = ['the', 'consumer', 'client', 'app', 'shared', 'accesskey', ',', 'with', 'and', '(?<![A-Za-z])a', '(?<![A-Za-z])(?:con|com|avec|mit|med|met)', 'اور', 'और'];
const SENTENCE_SECRET_WORD = '(?:secret(?:[ \\t]?key)?|tajomstvo|tajemstv(?:í|i)|سیکرٹ|سيكرت|सीक्रेट)';
// The token may be named by up to eight words before its value in brackets ("the bearer token in the meter
// app's crash logs (Usyz…) still works"); the value must still look generated.
const SENTENCE_TOKEN_AFTER = ['the', 'new', 'access', 'api', 'bearer', 'auth'];
/**
 * "El token és …", "le token est …", "der Token ist …", "o token é …", "El token de la API que me dieron
 * es …": the article or a possessive of another language before the English word, up to six words,
 * then the copula (required: "el token de acceso" is not followed by its value).
 */
const SENTENCE_TOKEN_ARTICLES = ['el', 'le', 'il', 'lo', 'o', 'der', 'den', 'het', 'de', 'mi', 'mon', 'meu', 'mio', 'tu', 'ton', 'teu', 'tuo', 'seu', 'su', 'nuestro', 'notre', 'nosso', 'nostro', 'unser'];
const SENTENCE_TOKEN_IS = ['és', 'es', 'est', 'é', 'è', 'ist', 'era', 'était', 'war', 'lautet'];
/**
 * "the API key is 4065…", "contained the ops API key ofOvRH… (rotated)": an API key stated in a
 * sentence, with or without "is" (the value must still look generated).
 */
const SENTENCE_API_KEY = `api[ \\t]key[ \\t]+(?:(?:is|was)[ \\t]+)?(?=[A-Za-z0-9])`;
// SW "ni" (is): "Consumer key ni …".
const SENTENCE_IS = ['is', 'ist', 'est', 'es', 'é', 'è', 'ni'];
// IS/NO/SV/DA "the key" (IS also "the secret", leyndarmálið) with its suffixed article, then up to four words and the copula ("Lykillinn
// okkar hjá gagnaveitunni er 36e6…", our key at the data provider is): the value must still look
// generated (a house key "under matta" does not).
const SENTENCE_DEFINITE_KEY = `(?:lykillinn|leyndarmálið|nøkkelen|nyckeln|nøglen)(?:[ \\t]+[^\\s:.!?,]{1,20}){0,4}?[ \\t]+(?:er|är)[ \\t]+(?=[A-Za-z0-9])`;
const SECRET_IN_SENTENCE =
  `${SENTENCE_DEFINITE_KEY}|${SENTENCE_API_KEY}|consumer[ \\t]+(?:key|secret)(?:[ \\t]+(?:${SENTENCE_IS.join('|')}))?[ \\t]+(?=[A-Za-z0-9])|(?:(?:${SENTENCE_SECRET_WORD}(?<=(?:${SENTENCE_SECRET_AFTER.join('|')})[ \\t_]${SENTENCE_SECRET_WORD}|accesskey${SENTENCE_SECRET_WORD}|,${SENTENCE_SECRET_WORD})|:[ \\t]key|token(?<=(?:${SENTENCE_TOKEN_AFTER.join('|')})[ \\t]token)(?:(?:[ \\t]+[^\\s():.!?,]{1,20}){1,8}?(?=[ \\t]+\\())?)` +
  `(?:[ \\t]+(?:${SENTENCE_IS.join('|')}))?|token(?<=to[ \\t]token)[ \\t]+(?:${SECRET_VERB_EL})|siri(?<=(?<![\\p{L}])na[ \\t]siri)(?:[ \\t]+(?:yake|yako|yangu|yetu|yenu|yao))?[ \\t]+ni|token(?<=(?<![A-Za-z])(?:${SENTENCE_TOKEN_ARTICLES.join('|')})[ \\t]token)(?:[ \\t]+[^\\s:.!?,]{1,20}){0,6}?[ \\t]+(?:${SENTENCE_TOKEN_IS.join('|')}))[ \\t]+\\(?(?=[A-Za-z0-9])`;
// A labelled line in prose: "API key: …", "API token ye hai: …", "secret for prod: …", "API key de
// producción: …" (the label, up to four words, a colon), also in other languages: IT/ES/PT/FR
// "chiave/clave/chave/clé API", DE "API-Schlüssel", UK/RU "токен", "ключ API", UR/AR "ٹوکن / توكن" (API
// token).
const SECRET_LABEL_WORDS = [
  'token', 'secret', 'api[ _-]?key', 'stream[ _-]?key', 'ストリームキー', 'llave', '(?:chiave|clave|chave|cl[ée])[ _-]+(?:api|d\'api|de[ _-]+(?:la[ _-]+)?api|da[ _-]+api)', 'api[ _-]?schl(?:ü|ue)ssel',
  ...foldedSpellings(['токен', 'ключ api', 'ключ апі', 'апі ключ']), 'ٹوکن', 'توكن',
  // NL "sleutel" (key): "Ik heb de sleutel uit de kluis gehaald: fBWS…" (the value must still look generated).
  'sleutel',
];
const SECRET_LABELLED = `(?<![A-Za-z0-9_-])(?:${SECRET_LABEL_WORDS.join('|')})(?:[ \\t]+[^\\s:]{1,12}){0,4}[ \\t]*:[ \\t]+(?=[A-Za-z0-9])`;
// Key names in an assignment (ASSIGN) or a Postman key/value pair (KEY_VALUE), also "secret key"
// in IT/ES/PT/FR/DE (`$chiaveSegreta`, `clave_secreta`, `geheimerSchluessel`). ADMIN_KEY /
// MASTER_KEY: vendors' names for their most powerful key (Algolia, Meilisearch, Parse);
// SERVER_KEY: payment gateways' (Midtrans) name for their secret key. ROUTING_KEY / SERVICE_KEY /
// INTEGRATION_KEY: PagerDuty's Events API v2 and v1 keys (Alertmanager's `routing_key:`); a
// RabbitMQ routing key ("orders.created") is words, below the entropy floor. An SNMP community
// (`snmp_community:`, or `community:` in a YAML `snmp:` block) is the agent's shared password. A
// name ending in _HMAC (`ACME_EAB_HMAC=…`, an ACME account-binding key) holds an HMAC key.
const SECRET_KEY_NAME = `(?:chiave[_\\-.]?segreta|clave[_\\-.]?secreta|chave[_\\-.]?secreta|cl[eé][_\\-.]?secr[eè]te|geheim(?:er)?[_\\-.]?schl(?:ü|ue)ssel|secret(?:[_\\-.]?(?:key(?:[_\\-.]?base)?|token|value|access[_\\-.]?key))?|api[_\\-.]?key|access[_\\-.]?key|auth[_\\-.]?key|private[_\\-.]?key|(?:admin|master|server|app)[_\\-.]?(?:api[_\\-.]?)?key|consumer[_\\-.]?(?:key|secret)|pass[_\\-.]?key|(?:routing|integration|service|subscription|device)[_\\-.]?key|(?:hmac|signing|encryption)[_\\-.]?(?:key|secret)|pre[_\\-. ]?shared[_\\-. ]?key|[öo]n[ ]payla[sş][iı]ml[iı][ ]anahtar[iı]?|(?:t?otp|mfa|2fa)[_\\-.]?(?:seed|secret)|app[_\\-.]?keys|(?:api[_\\-.]?)?(?:token|jwt|hash|session)[_\\-.]?salt|token(?:[_\\-.]?secret)?|credentials?|stream[_\\-.]?key|authorization[_\\-.]?key|ocpi[_\\-.]?token(?:[_\\-.]?[abc])?|(?<=[A-Za-z0-9]_)hmac|snmp[_\\-.]?(?:(?:ro|rw|read|write)[_\\-.]?)?community(?:[_\\-.]?string)?|(?<=(?:^|\\n)[ \\t]*snmp[ \\t]*:[ \\t]*\\n(?:[ \\t]+[^\\n]{0,80}\\n){0,4}[ \\t]+(?:(?:ro|rw|read|write)[_\\-.]?)?)community(?:[_\\-.]?string)?)`;
/**
 * A constant whose name ends in _KEY, holding a quoted random literal: `REPORT_KEY = "XY9kg…"`
 * (AppLovin's report key), `define('CIVICRM_SITE_KEY', '…')`. Any such name: vendors name their keys
 * freely; in a `.env` file unquoted, the whole line (`MT_FALLBACK_KEY=85ecbd51…`). The match starts
 * at "_KEY" (the keyword); `keyConstant` then wants an upper-case name, a value of 24+ characters
 * with upper case, lower case and digits (or 32+ hex digits), and no name of a value that is public
 * or no key at all (PUBLIC_KEY, a captcha's SITE_KEY, CACHE_KEY, S3_KEY, …).
 */
const KEY_CONSTANT = `(?<=[A-Z0-9])_key(?:(?=["'\\]]{0,2}[ \\t]{0,40}(?:=|:|=>|:=)[ \\t]{0,5}["'\`]|["'][ \\t]{0,5},[ \\t]{0,5}["'])|(?<=(?:^|\\n)[ \\t]*(?:export[ \\t]+)?[A-Za-z0-9_]{1,80})(?==[A-Za-z0-9_+/-]{24,}[ \\t]*(?:\\r?\\n|$)))`;
const KEY_CONSTANT_BEFORE = /(?:^|[^A-Za-z0-9_$])\$?([A-Za-z][A-Za-z0-9_]*_key)["'\]]{0,2}[ \t]*(?:=|:|=>|:=|,)[ \t]*["'`]?$/i;
/** 32+ hex digits, letters and digits both: a generated key (an md5-length API key). */
const GENERATED_HEX = /^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{32,}$/i;
const KNOWN_KEY_NAME = new RegExp(`(?:^|_)${SECRET_KEY_NAME}$`, 'i');
// CLIENT_KEY: a payment provider's client key (Midtrans, Adyen) goes to the browser, public as a publishable key is.
const NOT_A_SECRET_KEY_NAME = /PUB(?:LIC|LISHABLE)?(?:_|$)|CAPTCHA|TURNSTILE|VAPID|CACHE|SORT|PARTITION|PRIMARY|FOREIGN|STORAGE|S3|OBJECT|BUCKET|IDEMPOTENCY|LOOKUP|REDIS|QUEUE|LOCK|ROW|HASH_KEY|RANGE_KEY|MAP|TRANSLATION|I18N|LOCALE|FEATURE|FLAG|EVENT|CLIENT_KEY/;
/**
 * "…/api/latest.json?app_id=ea3155fe…", "…/apply?key=PpyMwtaf…": an app id or a bare key in a URL's
 * query that is a generated key (32+ hex digits, or mixed case and digits, 24+) is the API key (Open
 * Exchange Rates, Edamam, Nutritionix call theirs app_id; Google Maps and many REST APIs take key=);
 * a GUID or a short id is an application's public id.
 */
const APP_ID_QUERY = `(?<=[?&])(?:app_?id|key)=`;
const APP_ID_BEFORE = /[?&](?:app_?id|key)=$/i;
function appIdKey(v: string, ctx: { text: string; start: number }): boolean {
  if (!APP_ID_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return true;
  return GENERATED_HEX.test(v) || (v.length >= 24 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v));
}
/** A value after a generic *_KEY constant (KEY_CONSTANT) must look like a generated key; any other name passes. */
function keyConstant(v: string, ctx: { text: string; start: number }): boolean {
  const m = KEY_CONSTANT_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start));
  if (!m || KNOWN_KEY_NAME.test(m[1]!)) return true;
  const name = m[1]!;
  return name === name.toUpperCase() && !NOT_A_SECRET_KEY_NAME.test(name) && looksGenerated(v);
}
/**
 * 24+ characters with upper and lower case and digits, or 32+ hex digits, or lower case and digits
 * mixed all through (8+ changes between a letter and a digit: "d9yyiy62-0hpy-t27b-…:fx"; a slug or a
 * path has one or two, "orders-v2-2024"): a machine-made key.
 */
function looksGenerated(v: string): boolean {
  return v.length >= 24 && ((/[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v)) || GENERATED_HEX.test(v) || lettersAndDigitsMixed(v));
}
const LETTER_DIGIT_CHANGE = /[a-z](?=\d)|\d(?=[a-z])/g;
function lettersAndDigitsMixed(v: string): boolean {
  return /^[a-z0-9:._-]+$/.test(v) && (v.match(LETTER_DIGIT_CHANGE)?.length ?? 0) >= 8;
}

/**
 * OBS Studio's `service.json` keeps the stream key as a bare `"key"` next to the ingest server
 * (`"server": "rtmp://a.rtmp.youtube.com/live2"`): a bare "key" is a secret only with an RTMP
 * server in the same object (RTMP_NEAR, checked by `bareKey`).
 */
// Not a Postman variable's `"key": "name", "value": "…"` (KEY_VALUE reads that one from the name).
const BARE_JSON_KEY = `(?<=["'])key(?=["'][ \\t]*:[ \\t]*["'](?![^"'\\n]{0,100}["'][ \\t]*,[ \\t]*["']value["']))`;
const RTMP_NEAR = /rtmps?:\/\//i;
const BARE_KEY_BEFORE = /["']key["'][ \t]*:[ \t]*["']$/;
// An API client's endpoint table (`{"url": "https://…", "key": "…"}`): a bare "key" beside an
// HTTP(S) endpoint in the same object is the endpoint's API key when it looks generated.
const ENDPOINT_PROPERTY = /["'](?:url|endpoint|base_?url|api_?url)["'][ \t]*:[ \t]*["']https?:\/\//i;
function bareKey(v: string, ctx: { text: string; start: number; end: number }): boolean {
  if (!BARE_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return true;
  const from = Math.max(0, ctx.start - 300);
  const to = Math.min(ctx.text.length, ctx.end + 300);
  if (RTMP_NEAR.test(ctx.text.slice(from, to))) return true;
  if (!looksGenerated(v)) return false;
  // The enclosing object: from the nearest "{" before the key to the nearest "}" after the value.
  const open = ctx.text.lastIndexOf('{', ctx.start);
  const close = ctx.text.indexOf('}', ctx.end);
  if (open < from || close < 0 || close > to) return false;
  return ENDPOINT_PROPERTY.test(ctx.text.slice(open, close));
}

// EZproxy's `user.txt` (OCLC's text-file authentication): account lines `name:password[:admin]`.
// A bare `name:value` line is too common a shape on its own, so the match starts at the file's
// name or at one of its group directives (`::Group=Staff`, `::Common`) and takes the first
// account line within 12 lines after it.
const EZPROXY_USER_LINE = `(?:user\\.txt|::(?:group=|common))[^\\n]{0,200}\\n(?:[^\\n]{0,200}\\n){0,12}?[A-Za-z0-9_.@-]{2,40}:(?=[^\\s:])`;
// `--api-key VALUE`: CLI flags (dotnet nuget push, algolia, …).
const SECRET_FLAG = `(?<![\\w-])--(?:api-key|apikey|token|secret)[ =]`;
// A setter called with a literal: `$options->setApiKey('…')`, `client.setSecretKey("…")` (SDK
// configuration objects: iyzico, Braintree, …), as `setPassword("…")` is for passwords.
const SECRET_SETTER = `(?<![A-Za-z0-9_])set_?(?:api_?key|secret_?key|secret|access_?token|auth_?token|client_?secret|private_?key)[ \\t]*\\([ \\t]*(?=["'])`;
// The value. A quoted one may hold parentheses (Django's SECRET_KEY alphabet has them); an
// unquoted one does not end with a "." (that is the sentence's: "… consumer secret X."); a Go
// byte-slice conversion may wrap the literal, Python's bytes prefix open it (b"…", rb"…"); Laravel's
// APP_KEY carries a "base64:" prefix.
// Generated client secrets use the whole printable set ("NoY>Cd>>3PE5…|zzsL…"), so < > | ? count
// too (not as the last character of an unquoted value: "… the secret is X?"); a quoted value may
// hold any printable character but its quotes and a backslash (WordPress salts: "/uQ!lTI;FMyO6,2y…").
const SECRET_VALUE = `(?:\\[\\]byte\\(|(?:b|rb|br)(?=["']))?["'\`]?((?<=["'])(?:base64:)?[^\\s"'\`\\\\]{8,256}(?=["'])|(?<=(?:^|\\n)[A-Z][A-Z0-9_]{2,60}=)[^\\s"'\`]{30,255}(?=[ \\t]*(?:\\r?\\n|$))|(?:base64:)?[A-Za-z0-9_\\-+/=.~!@#$%^&*<>|?]{7,255}[A-Za-z0-9_\\-+/=~!@#$%^&*<>|])`;

// --- validators -------------------------------------------------------------------------------

function jwtValid(v: string): boolean {
  const [h, p] = v.split('.');
  const header = decodeBase64(h ?? '');
  const payload = decodeBase64(p ?? '');
  if (!header || !payload) return false;
  try {
    const hj = JSON.parse(header) as unknown;
    const pj = JSON.parse(payload) as unknown;
    return typeof hj === 'object' && hj !== null && typeof (hj as { alg?: unknown }).alg === 'string' && typeof pj === 'object' && pj !== null;
  } catch {
    return false;
  }
}

function basicAuthValid(v: string): boolean {
  const bin = decodeBase64(v);
  const d = bin === null ? null : isPrintable(bin) ? bin : utf8FromBinary(bin);
  if (!d || !isPrintableText(d)) return false;
  const i = d.indexOf(':');
  if (i < 1 || d.length - i - 1 < 3) return false;
  return !PLACEHOLDER_PASSWORD.test(d.slice(i + 1));
}


/**
 * Database URLs as a Kubernetes Secret holds them (`DATABASE_URL: cG9zdGdyZXNxbDov…`): the schemes
 * whose base64 copies are recognised. A prefix of n bytes fixes the first ⌊n/3⌋·4 base64 characters.
 */
const B64_URL_SCHEMES = ['postgresql://', 'postgres://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://'];
/** Base64 of the first bytes of well-known token prefixes (what a base64-encoded token starts with). */
const B64_TOKEN_PREFIXES = [
  'Z2hwX', 'Z2hvX', 'Z2h1X', 'Z2hzX', 'Z2l0aHViX3BhdF', 'Z2xwYXQt', 'c2tfbGl2ZV', 'cmtfbGl2ZV', 'QUtJQ', 'QVNJQ',
  'eG94Yi', 'eG94cC', 'c2stcHJvai', 'c2stYW50LWFwa', 'bnBtX', 'QUl6Y', 'aGZf', 'ZGNrcl9wYXRf', 'U0cu', 'c2hwYXRf', 'ZG9wX3YxX',
  ...B64_URL_SCHEMES.map((scheme) => encodeBase64(scheme).slice(0, Math.floor(scheme.length / 3) * 4)),
  // "https:" (a Sentry DSN; DECODED_DSN decides).
  encodeBase64('https:'),
];
const DECODED_TOKEN =
  /^(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{40,}|glpat-[\w-]{20,}|[sr]k_live_[A-Za-z0-9]{20,}|A(?:KI|SI)A[A-Z2-7]{16}|xox[bp]-[\w-]{20,}|sk-proj-[\w-]{40,}|sk-ant-api\d\d-[\w-]{80,}|npm_[A-Za-z0-9]{36}|AIza[\w-]{35}|hf_[A-Za-z0-9]{30,}|dckr_pat_[\w-]{27,}|SG\.[\w-]{22}\.[\w-]{43}|shpat_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64})\s*$/;
/** A decoded Sentry DSN (its key is the secret part). */
const DECODED_DSN = /^https:\/\/[a-f0-9]{32}(?::[a-f0-9]{32})?@[A-Za-z0-9.-]{1,200}(?::\d{1,5})?\/\d{1,20}\s*$/;
/** A decoded database URL with a password that is not a placeholder. */
const DECODED_DB_URL = /^(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|rediss?|amqps?):\/\/[^\s:/@]*:([^\s@/]{3,})@[^\s@]+\s*$/;
function decodedCredential(v: string): boolean {
  const d = decodeBase64(v) ?? '';
  if (DECODED_TOKEN.test(d) || DECODED_DSN.test(d)) return true;
  const url = DECODED_DB_URL.exec(d);
  return url !== null && isPrintable(d) && !PLACEHOLDER_PASSWORD.test(url[1]!) && !PLACEHOLDER.test(url[1]!);
}

export const CREDENTIAL_RULES: Rule[] = [
  // ---------------------------------------------------------------- AWS
  prefixed(
    'aws_access_key_id', 'AWS access key ID', 'AWS_KEY',
    'AWS access key IDs: AKIA/ASIA/… prefix + 16 base32 characters; the documented example key is allowed.',
    ['akia', 'asia', 'abia', 'acca', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'apka', 'asca'],
    '(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA|ASCA)[A-Z2-7]{16}',
    {
      positive: [`aws_access_key_id = ${F.awsKeyId}`, `temporary creds: ${F.awsKeyId2}`, `key=${F.awsKeyId}\n`],
      negative: ['AKIAIOSFODNN7EXAMPLE', 'AKIA1234', 'the ASIA region', `X${F.awsKeyId}`, 'AKIAAAAAAAAAAAAAAAAA'],
    },
    { allow: ['AKIAIOSFODNN7EXAMPLE', PLACEHOLDER], minEntropy: 2.5 },
  ),
  cred({
    id: 'aws_secret_access_key',
    label: 'AWS secret access key',
    placeholder: 'AWS_SECRET',
    description: 'AWS secret access keys: 40 base64 characters next to an AWS/secret context word or an access key id (AKIA…/ASIA…, the pair is pasted together), with high entropy.',
    keywords: ['aws', 'secret_access', 'secretaccess', 'secret-access', 'secret access', 'akia', 'asia'],
    pattern: '(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])',
    secretGroup: 1,
    minEntropy: 4,
    validate: (v) => /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9/+]/.test(v),
    context: { words: ['aws', 'secret_access', 'secretaccess', 'secret-access', 'secret access', 'akia', 'asia'], window: 100, required: true },
    allow: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', PLACEHOLDER],
    score: 0.85,
    // The context word is one of the keywords and must lie within 100 characters of the
    // 40-character value: nothing further than ~160 characters from a keyword can match.
    reach: 160,
    samples: {
      positive: [`aws_secret_access_key = ${F.awsSecret}`, `AWS_SECRET_ACCESS_KEY="${F.awsSecret}"`, `credentials.NewStaticCredentialsProvider("AKIAZ7FAKEQ4XN2LWJ3B", "${F.awsSecret}", "")`],
      negative: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        `commit ${'3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345'} on aws branch`,
        `random ${F.awsSecret} without context words`,
        `client_secret: ${F.awsSecret}`,
      ],
    },
  }),
  cred({
    id: 'aws_session_token',
    label: 'AWS session token',
    placeholder: 'AWS_SESSION_TOKEN',
    description: 'AWS temporary session tokens assigned to aws_session_token / X-Amz-Security-Token (100+ base64 chars), or anywhere in the form STS issues them (IQoJb3JpZ2lu…: base64 of the token\'s fixed header).',
    keywords: ['aws_session_token', 'x-amz-security-token', 'sessiontoken', 'aws_security_token', 'iqojb3jpz2lu'],
    // `"Token": "IQoJb3JpZ2lu…"` (container and SSO credential JSON): the prefix alone names it.
    pattern: '(?:(?:aws_session_token|x-amz-security-token|sessiontoken|aws_security_token)["\']?[ \\t]*[:=][ \\t]*["\']?|(?<![A-Za-z0-9/+=])(?=IQoJb3JpZ2lu))([A-Za-z0-9/+=]{100,2000})',
    flags: 'gi',
    secretGroup: 1,
    minEntropy: 4,
    anchored: true,
    score: 0.9,
    reach: 2200,
    samples: {
      positive: [`aws_session_token = ${F.awsSession}`, `{\n  "AccessKeyId": "${F.awsKeyId2}",\n  "Token": "${F.awsSession}",\n  "Expiration": "2024-12-02T10:00:00Z"\n}`],
      negative: ['aws_session_token = <token>', `aws_session_token = ${'A'.repeat(120)}`],
    },
  }),
  // ---------------------------------------------------------------- GitHub
  prefixed('github_pat', 'GitHub personal access token', 'GITHUB_TOKEN',
    'GitHub classic personal access tokens: ghp_ + 36 base62 characters. The last 6 are a base62 CRC-32 of the 30 before them: verified → score 0.99, not verified → 0.7 (still reported).',
    ['ghp_'], 'ghp_[A-Za-z0-9]{36}',
    { positive: [`GITHUB_TOKEN=${F.ghp}`, `use token ${F.ghp} for the API`], negative: ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_short123', `${F.ghp}abc`] }, CHECKSUMMED),
  prefixed('github_fine_grained_pat', 'GitHub fine-grained personal access token', 'GITHUB_TOKEN',
    'GitHub fine-grained personal access tokens: github_pat_ + 22 + _ + 59 base62 characters.',
    ['github_pat_'], 'github_pat_[A-Za-z0-9]{20,30}_[A-Za-z0-9]{50,70}',
    { positive: [`token: ${F.ghFine}`], negative: ['github_pat_11ABCDEF_short', 'the github_pat_ prefix'] }),
  prefixed('github_oauth_token', 'GitHub OAuth access token', 'GITHUB_TOKEN',
    'GitHub OAuth access tokens: gho_ + 36 base62 characters. The last 6 are a base62 CRC-32 of the 30 before them: verified → score 0.99, not verified → 0.7 (still reported).',
    ['gho_'], 'gho_[A-Za-z0-9]{36}',
    { positive: [`Authorization: token ${F.gho}`], negative: ['gho_1234', 'gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] }, CHECKSUMMED),
  prefixed('github_user_to_server_token', 'GitHub user-to-server token', 'GITHUB_TOKEN',
    'GitHub App user-to-server tokens: ghu_ + 36 base62 characters. The last 6 are a base62 CRC-32 of the 30 before them: verified → score 0.99, not verified → 0.7 (still reported).',
    ['ghu_'], 'ghu_[A-Za-z0-9]{36,251}',
    { positive: [`ghu token ${F.ghu}`], negative: ['ghu_tooShort'] }, CHECKSUMMED),
  prefixed('github_server_to_server_token', 'GitHub server-to-server token', 'GITHUB_TOKEN',
    'GitHub App installation (server-to-server) tokens: ghs_ + 36 base62 characters. The last 6 are a base62 CRC-32 of the 30 before them: verified → score 0.99, not verified → 0.7 (still reported).',
    ['ghs_'], 'ghs_[A-Za-z0-9]{36,251}',
    { positive: [`installation token ${F.ghs}`], negative: ['ghs_tooShort'] }, CHECKSUMMED),
  prefixed('github_refresh_token', 'GitHub refresh token', 'GITHUB_TOKEN',
    'GitHub App refresh tokens: ghr_ + 36+ base62 characters. The last 6 are a base62 CRC-32 of the 30 before them: verified → score 0.99, not verified → 0.7 (still reported).',
    ['ghr_'], 'ghr_[A-Za-z0-9]{36,251}',
    { positive: [`refresh_token=${F.ghr}`], negative: ['ghr_tooShort'] }, CHECKSUMMED),
  // ---------------------------------------------------------------- GitLab
  prefixed('gitlab_pat', 'GitLab personal access token', 'GITLAB_TOKEN',
    'GitLab personal access tokens: glpat- + 20+ characters (optionally routable suffix).',
    ['glpat-'], 'glpat-[A-Za-z0-9_\\-]{20,64}(?:\\.[A-Za-z0-9_\\-]{2,20}){0,2}',
    { positive: [`PRIVATE-TOKEN: ${F.glpat}`], negative: ['glpat-short', 'glpat-xxxxxxxxxxxxxxxxxxxx'] }),
  prefixed('gitlab_token', 'GitLab token', 'GITLAB_TOKEN',
    'Other GitLab tokens: deploy (gldt-), runner (glrt-), trigger (glptt-), CI job (glcbt-), feed, agent, OAuth app secrets, runner registration (GR1348941).',
    ['gldt-', 'glrt-', 'glptt-', 'glsoat-', 'glcbt-', 'glimt-', 'glft-', 'glagent-', 'gloas-', 'glffct-', 'glwt-', 'gr1348941'],
    '(?:(?:gldt|glrt|glptt|glsoat|glcbt|glimt|glft|glagent|gloas|glffct|glwt)-[A-Za-z0-9_\\-]{20,64}|GR1348941[A-Za-z0-9_\\-]{20,40})',
    { positive: [`deploy token ${F.gldt}`, `runner ${F.glrt}`], negative: ['glrt-short', 'gldt-'] }),
  // ---------------------------------------------------------------- Slack
  prefixed('slack_bot_token', 'Slack bot token', 'SLACK_TOKEN',
    'Slack bot tokens: xoxb-<team id>-<bot id>-<secret>.',
    ['xoxb-'], 'xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{20,40}',
    { positive: [`SLACK_BOT_TOKEN=${F.xoxb}`], negative: ['xoxb-123-456-abc', 'xoxb-not-a-token'] }),
  prefixed('slack_user_token', 'Slack user token', 'SLACK_TOKEN',
    'Slack user tokens: xoxp-<ids>-<32 hex>.',
    ['xoxp-'], 'xoxp-(?:[0-9]{8,14}-){2,3}[A-Za-z0-9]{24,64}',
    { positive: [`slack user token ${F.xoxp}`], negative: ['xoxp-1-2-3-abc'] }),
  prefixed('slack_token', 'Slack token', 'SLACK_TOKEN',
    'Other Slack tokens: xoxa- (app), xoxr- (refresh), xoxs- (session), xoxe- / xoxe.xoxp- (config/rotating), xoxc-.',
    ['xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxc-', 'xoxe.xox'],
    '(?:xox[acers]|xoxe\\.xox[bp])-[0-9A-Za-z\\-]{20,250}',
    { positive: [`config token ${F.xoxe}`, `xoxr-${F.xoxb.slice(5)}`], negative: ['xoxs-short', 'xoxr-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'] }),
  prefixed('slack_app_token', 'Slack app-level token', 'SLACK_TOKEN',
    'Slack app-level tokens: xapp-<n>-<app id>-<n>-<hex>.',
    ['xapp-'], 'xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[A-Za-z0-9]{32,80}',
    { positive: [`SLACK_APP_TOKEN=${F.xapp}`], negative: ['xapp-1-short'] }),
  cred({
    id: 'slack_webhook_url',
    label: 'Slack webhook URL',
    placeholder: 'WEBHOOK_URL',
    description: 'Slack incoming webhook / workflow URLs (hooks.slack.com/services|workflows|triggers/…).',
    keywords: ['https://hooks.slack.com'],
    pattern: 'https://hooks\\.slack\\.com/(?:services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}|workflows/T[A-Z0-9]{6,12}/A[A-Z0-9]{6,12}/[0-9]{6,20}/[A-Za-z0-9]{20,32}|triggers/T[A-Z0-9]{6,12}/[0-9]{6,20}/[A-Za-z0-9]{20,32})',
    allow: [PLACEHOLDER],
    anchored: true,
    score: 0.9,
    samples: {
      positive: [`curl -X POST ${F.slackHook} -d '{}'`],
      negative: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'see https://hooks.slack.com/ docs'],
    },
  }),
  // ---------------------------------------------------------------- Stripe
  prefixed('stripe_secret_key', 'Stripe live secret key', 'STRIPE_KEY',
    'Stripe live-mode secret keys: sk_live_ + 24+ base62 characters.',
    ['sk_live_'], 'sk_live_[A-Za-z0-9]{20,247}',
    { positive: [`STRIPE_SECRET_KEY=${F.skLive}`], negative: ['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_123', `STRIPE_TEST_SECRET=${F.skTest}`] }),
  prefixed('stripe_restricted_key', 'Stripe live restricted key', 'STRIPE_KEY',
    'Stripe live-mode restricted keys: rk_live_ + 24+ base62 characters.',
    ['rk_live_'], 'rk_live_[A-Za-z0-9]{20,247}',
    { positive: [`restricted key ${F.rkLive}`], negative: ['rk_live_short'] }),
  prefixed('stripe_webhook_secret', 'Stripe webhook signing secret', 'STRIPE_KEY',
    'Stripe webhook endpoint signing secrets: whsec_ + 32+ characters.',
    ['whsec_'], 'whsec_[A-Za-z0-9+/=]{24,100}',
    { positive: [`STRIPE_WEBHOOK_SECRET=${F.whsec}`], negative: ['whsec_short', 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxx'] }),
  // ---------------------------------------------------------------- AI providers
  prefixed('openai_api_key', 'OpenAI API key', 'OPENAI_KEY',
    'OpenAI API keys: sk-proj-/sk-svcacct-/sk-None- project and service-account keys, legacy sk-…T3BlbkFJ… keys.',
    ['sk-proj-', 'sk-svcacct-', 'sk-none-', 'sk-user-', 't3blbkfj'],
    '(?:sk-(?:proj|svcacct|None|user)-[A-Za-z0-9_\\-]{40,250}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})',
    { positive: [`OPENAI_API_KEY=${F.openaiProj}`, `key ${F.openaiLegacy}`, `svc ${F.openaiSvc}`], negative: ['sk-proj-short', 'sk-1234567890', `${F.anthropic}`] }, { anchored: false }),
  prefixed('openai_admin_key', 'OpenAI admin key', 'OPENAI_KEY',
    'OpenAI organisation admin keys: sk-admin- + 40+ characters.',
    ['sk-admin-'], 'sk-admin-[A-Za-z0-9_\\-]{40,250}',
    { positive: [`admin key ${F.openaiAdmin}`], negative: ['sk-admin-short'] }),
  prefixed('anthropic_api_key', 'Anthropic API key', 'ANTHROPIC_KEY',
    'Anthropic API keys: sk-ant-api03- + ~95 characters.',
    ['sk-ant-api'], 'sk-ant-api[0-9]{2}-[A-Za-z0-9_\\-]{80,120}',
    { positive: [`ANTHROPIC_API_KEY=${F.anthropic}`], negative: ['sk-ant-api03-short', 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] }),
  prefixed('anthropic_admin_key', 'Anthropic admin key', 'ANTHROPIC_KEY',
    'Anthropic Admin API keys: sk-ant-admin01- + ~95 characters.',
    ['sk-ant-admin'], 'sk-ant-admin[0-9]{2}-[A-Za-z0-9_\\-]{80,120}',
    { positive: [`admin: ${F.anthropicAdmin}`], negative: ['sk-ant-admin01-short'] }),
  prefixed('groq_api_key', 'Groq API key', 'API_KEY', 'Groq API keys: gsk_ + 52 base62 characters.',
    ['gsk_'], 'gsk_[A-Za-z0-9]{52}',
    { positive: [`GROQ_API_KEY=${F.gsk}`], negative: ['gsk_short'] }),
  prefixed('replicate_api_token', 'Replicate API token', 'API_KEY', 'Replicate API tokens: r8_ + 37 base62 characters.',
    ['r8_'], 'r8_[A-Za-z0-9]{37}',
    { positive: [`REPLICATE_API_TOKEN=${F.r8}`], negative: ['r8_short'] }),
  prefixed('huggingface_token', 'Hugging Face access token', 'HF_TOKEN',
    'Hugging Face user access tokens (hf_ + 34 letters/digits) and organisation tokens (api_org_).',
    ['hf_', 'api_org_'], '(?:hf_[A-Za-z0-9]{34,40}|api_org_[A-Za-z0-9]{34})',
    { positive: [`HF_TOKEN=${F.hf}`], negative: ['hf_short', 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] }),
  prefixed('perplexity_api_key', 'Perplexity API key', 'API_KEY', 'Perplexity API keys: pplx- + 48 base62 characters.',
    ['pplx-'], 'pplx-[A-Za-z0-9]{48}',
    { positive: [`PPLX_API_KEY=${F.pplx}`], negative: ['pplx-short'] }),
  prefixed('xai_api_key', 'xAI API key', 'API_KEY', 'xAI (Grok) API keys: xai- + 70–90 base62 characters.',
    ['xai-'], 'xai-[A-Za-z0-9]{70,90}',
    { positive: [`XAI_API_KEY=${F.xai}`], negative: ['xai-short', 'the xai-team'] }),
  prefixed('langsmith_api_key', 'LangSmith API key', 'API_KEY', 'LangSmith API keys: lsv2_pt_/lsv2_sk_ + 32 hex + _ + 10 hex.',
    ['lsv2_'], 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}',
    { positive: [`LANGCHAIN_API_KEY=${F.lsv2}`], negative: ['lsv2_pt_short'] }),
  cred({
    id: 'mistral_api_key',
    label: 'Mistral AI API key',
    placeholder: 'API_KEY',
    description: 'Mistral API keys: 32 base62 characters next to a "mistral" context word.',
    keywords: ['mistral'],
    pattern: `${B}([A-Za-z0-9]{32})${E}`,
    secretGroup: 1,
    minEntropy: 4,
    validate: (v, ctx) => randomLooking(v) && !assignedToId(ctx),
    // The vendor is often named a sentence before the key ("… appelle Mistral pour résumer … La clé : …").
    context: { words: ['mistral'], window: 160, required: true },
    allow: [PLACEHOLDER],
    score: 0.8,
    reach: 200,
    samples: {
      positive: [
        'Le tableau de bord appelle Mistral pour résumer les plaintes des bénéficiaires en wolof et en français. La clé : Qw7rT2pLk9ZxV4nB8mC3sD6fG1hJ5yUa. Est-ce',`MISTRAL_API_KEY=${F.mistral}`],
      negative: [`MISTRAL_MODEL=mistralLargeLatestModelVersionName`, `unrelated ${F.mistral}`],
    },
  }),
  cred({
    id: 'cohere_api_key',
    label: 'Cohere API key',
    placeholder: 'API_KEY',
    description: 'Cohere API keys: 40 base62 characters next to a "cohere" / CO_API_KEY context word.',
    keywords: ['cohere', 'co_api_key'],
    pattern: `${B}([A-Za-z0-9]{40})${E}`,
    secretGroup: 1,
    minEntropy: 4,
    validate: (v, ctx) => randomLooking(v) && !assignedToId(ctx),
    context: { words: ['cohere', 'co_api_key'], window: 80, required: true },
    allow: [PLACEHOLDER],
    score: 0.8,
    reach: 200,
    samples: {
      positive: [`COHERE_API_KEY="${F.cohere}"`],
      negative: [`cohere key: ${'a'.repeat(40)}`, `no context ${F.cohere}`],
    },
  }),
  // ---------------------------------------------------------------- Google
  prefixed('google_api_key', 'Google API key', 'GOOGLE_API_KEY',
    'Google Cloud / Firebase / Maps API keys: AIza + 35 characters.',
    ['aiza'], 'AIza[0-9A-Za-z_\\-]{35}',
    { positive: [`GOOGLE_API_KEY=${F.gapi}`, `https://maps.googleapis.com/maps/api/js?key=${F.gapi}`], negative: ['AIzaShort', 'AIza' + 'x'.repeat(35)] },
    { score: 0.85 }),
  prefixed('google_oauth_client_secret', 'Google OAuth client secret', 'OAUTH_SECRET',
    'Google OAuth client secrets: GOCSPX- + 28 characters.',
    ['gocspx-'], 'GOCSPX-[A-Za-z0-9_\\-]{28}',
    { positive: [`"client_secret": "${F.gocspx}"`], negative: ['GOCSPX-short'] }),
  prefixed('google_oauth_access_token', 'Google OAuth access token', 'OAUTH_TOKEN',
    'Google OAuth 2.0 access tokens: ya29. + 30+ characters.',
    ['ya29.'], 'ya29\\.[A-Za-z0-9_\\-]{30,2048}',
    { positive: [`Authorization: Bearer ${F.ya29}`], negative: ['ya29.short'] },
    { score: 0.85, reach: 2200 }),
  cred({
    id: 'gcp_service_account_key',
    label: 'Google Cloud service account key',
    placeholder: 'GCP_KEY',
    description: 'private_key_id (40 hex) of a Google Cloud service-account JSON key file (type "service_account" nearby).',
    keywords: ['"private_key_id"'],
    pattern: '"private_key_id"[ \\t]*:[ \\t]*"([a-f0-9]{40})"',
    secretGroup: 1,
    context: { words: ['service_account'], window: 400, required: true },
    anchored: true,
    score: 0.9,
    samples: {
      positive: [`{"type": "service_account", "project_id": "fake-project", "private_key_id": "${F.gcpKeyId}"}`],
      negative: [`{"private_key_id": "${F.gcpKeyId}"}`, '{"type": "service_account", "private_key_id": "abc"}'],
    },
  }),
  // ---------------------------------------------------------------- Azure
  cred({
    id: 'azure_storage_key',
    label: 'Azure storage / service bus key',
    placeholder: 'AZURE_KEY',
    description:
      'Azure connection strings: AccountKey= (88 base64 characters) or SharedAccessKey= (44 base64 characters); a quoted 88-character storage key assigned to a name ending in "key" (`KEY = "…"`, `account_key: "…"`), or passed as `-StorageAccountKey` / `--account-key`, in text that mentions Azure storage (azure, blob, windows.net, account name).',
    // The key-name form by its assignment ("key = \"", "key: '", …), not every "key" in the text.
    // Also as a command's parameter: Az PowerShell's `New-AzStorageContext -StorageAccountKey "…"`, the
    // Azure CLI's `--account-key "…"`.
    keywords: ['accountkey', 'sharedaccesskey', '--account-key', ...['="', "='", ' = "', " = '", ': "', ": '", '":"', '": "', "':'", "': '"].map((a) => `key${a}`)],
    // The second form: a storage key's exact shape (64 bytes in base64, "==" at the end) in a
    // quoted value assigned to a key name, which the validator holds to Azure context.
    pattern:
      '(?:(?:AccountKey|SharedAccessKey)[ \\t]*=[ \\t]*|key["\']?[ \\t]*[:=][ \\t]*["\'](?=[A-Za-z0-9+/]{86}==["\'])|(?:(?<=-Storage)AccountKey|--account-key)[ \\t]+["\']?(?=[A-Za-z0-9+/]{86}==))([A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)',
    flags: 'gi',
    secretGroup: 1,
    validate: (_v, ctx) => CONNECTION_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) || AZURE_STORAGE_WORD.test(ctx.text.slice(Math.max(0, ctx.start - 800), ctx.end + 800)),
    minEntropy: 4,
    // The Azure Storage emulator's (Azurite) published development key: documentation.
    allow: [PLACEHOLDER, /^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq\/K1SZFPTOtr\/KBHBeksoGMGw==$/],
    anchored: true,
    score: 0.95,
    samples: {
      positive: [
        `DefaultEndpointsProtocol=https;AccountName=fakestorage;AccountKey=${F.azAccountKey};EndpointSuffix=core.windows.net`,
        `Endpoint=sb://fake.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${F.azSasKey}`,
        `from azure.storage.blob import BlobServiceClient\n\nACCOUNT = "fakestorage"\nKEY = "${F.azAccountKey}"`,
        `$ctx = New-AzStorageContext -StorageAccountName "scans" -StorageAccountKey "${F.azAccountKey}"`,
      ],
      negative: [
        'AccountKey=<your-account-key>',
        'AccountKey=abc123==',
        // The same shape assigned to a key with nothing about Azure around it: a SHA-512 digest.
        `CACHE_KEY = "${F.azAccountKey}"`,
      ],
    },
  }),
  cred({
    id: 'azure_sas_token',
    label: 'Azure SAS token',
    placeholder: 'AZURE_SAS',
    description: 'Azure shared access signatures: sig= (URL-encoded base64 or base64url HMAC: storage SAS, Logic Apps and Power Automate trigger URLs) with sv=/se=/sp= parameters nearby.',
    keywords: ['sig='],
    // Storage SAS signatures are URL-encoded base64; Logic Apps / Power Automate trigger URLs
    // (`…/triggers/manual/paths/invoke?api-version=…&sp=…&sv=1.0&sig=…`) use base64url.
    pattern: '(?<![A-Za-z0-9_])sig=([A-Za-z0-9%+/_-]{40,120}={0,2})(?![A-Za-z0-9%+/=_-])',
    secretGroup: 1,
    minEntropy: 3.5,
    context: { words: ['sv=', 'se=', 'sp=', 'srt=', 'sr=', 'skoid=', 'windows.net'], window: 300, required: true },
    allow: [PLACEHOLDER],
    anchored: true,
    score: 0.9,
    samples: {
      positive: [
        `https://fake.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=${F.azSig}`,
        'https://prod-41.westeurope.logic.azure.com:443/workflows/0c3f/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=4Sa7XNkYwh96XnEQvi_uhnnhWfQGAYIozankC3IAbTD',
      ],
      negative: [`sig=${F.azSig} without parameters`, 'https://x.blob.core.windows.net/c?sv=2022-11-02&sig=short'],
    },
  }),
  cred({
    id: 'azure_client_secret',
    label: 'Azure AD client secret',
    placeholder: 'AZURE_SECRET',
    description: 'Microsoft Entra ID (Azure AD) application client secrets: 3 characters, a digit, "Q~", then 31–34 characters.',
    keywords: ['q~'],
    // A sentence may end right after it ("…, secret g3E8Q~…. The login page says …").
    pattern: '(?<![A-Za-z0-9_~.\\-])([A-Za-z0-9_~.\\-]{3}[0-9]Q~[A-Za-z0-9_~.\\-]{31,34})(?![A-Za-z0-9_~\\-]|\\.[A-Za-z0-9_~\\-])',
    secretGroup: 1,
    minEntropy: 3.5,
    allow: [PLACEHOLDER],
    score: 0.9,
    samples: {
      positive: [`AZURE_CLIENT_SECRET=${F.azClientSecret}`, `client id 0b1c…, secret ${F.azClientSecret}. The login page says AADSTS7000215.`],
      negative: ['abc8Q~short', 'aaa8Q~aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    },
  }),
  cred({
    id: 'azure_devops_pat',
    label: 'Azure DevOps personal access token',
    placeholder: 'AZURE_DEVOPS_TOKEN',
    description: 'Azure DevOps PATs: 52 lower-case base32 characters (or 84 characters with the AZDO signature) next to an Azure DevOps context word.',
    // TF4xxxxx (Azure DevOps error codes) names it in chats about a failing push; "PAT" is context
    // but no keyword ("path", "pattern" and "patient" would open a window on most texts).
    keywords: ['azure', 'devops', 'azdo', 'ado_pat', 'dev.azure.com', 'visualstudio.com', 'tf4'],
    pattern: `${B}([a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})${E}`,
    secretGroup: 1,
    minEntropy: 3.8,
    // Wide: in a nuget.config the feed URL (pkgs.dev.azure.com) sits a few elements above the PAT.
    context: { words: ['azure', 'devops', 'azdo', 'ado', 'tfs', 'visualstudio', 'pat', 'tf4'], window: 400, required: true },
    allow: [PLACEHOLDER],
    score: 0.85,
    reach: 300,
    samples: {
      positive: [
        `AZURE_DEVOPS_PAT=${F.azdo}`,
        `push fails with TF401019 since Monday, my PAT is ${F.azdo}`,
        `<add key="feed" value="https://pkgs.dev.azure.com/fake/_packaging/core/nuget/v3/index.json" />\n</packageSources>\n<packageSourceCredentials>\n  <feed>\n    <add key="Username" value="build" />\n    <add key="ClearTextPassword" value="${F.azdo}" />`,
      ],
      negative: [`azure devops ${'abcd'.repeat(13)}`, `${F.azdo} alone`],
    },
  }),
  // ---------------------------------------------------------------- Twilio / messaging
  cred({
    id: 'twilio_api_key',
    label: 'Twilio API key SID',
    placeholder: 'TWILIO_KEY',
    description: 'Twilio API key SIDs: SK + 32 hex, with "twilio" nearby.',
    keywords: ['twilio'],
    pattern: `${B}(SK[0-9a-fA-F]{32})${E}`,
    secretGroup: 1,
    minEntropy: 3,
    score: 0.8,
    reach: 300,
    samples: { positive: [`TWILIO_API_KEY=${F.twilioSK}`], negative: [`SK without vendor ${F.twilioSK}`, 'twilio SK123'] },
  }),
  cred({
    id: 'twilio_account_sid',
    label: 'Twilio account SID',
    placeholder: 'TWILIO_SID',
    description: 'Twilio account SIDs: AC + 32 hex, with "twilio" or "Account SID" (Twilio\'s own term) nearby (an identifier; dangerous next to an auth token).',
    keywords: ['twilio', 'account sid', 'account_sid', 'accountsid'],
    pattern: `${B}(AC[0-9a-f]{32})${E}`,
    secretGroup: 1,
    minEntropy: 3,
    score: 0.55,
    reach: 300,
    samples: { positive: [`TWILIO_ACCOUNT_SID=${F.twilioAC}`, `SMS fara ekki út. Account SID er ${F.twilioAC} og auth token er …`], negative: [`AC without vendor ${F.twilioAC}`] },
  }),
  cred({
    id: 'twilio_auth_token',
    label: 'Twilio auth token',
    placeholder: 'TWILIO_TOKEN',
    description: 'Twilio auth tokens: 32 hex next to "twilio" / auth_token, or after the account SID in `Client("AC…", "…")`.',
    // "Account SID er AC… og auth token er …": the SID's name marks the pair as Twilio's.
    // `Client("AC…", "…")`: the twilio-python constructor with the account SID first names the pair
    // even when the import is further up than the window.
    keywords: ['twilio', 'auth_token', 'authtoken', 'auth token', 'account sid', 'client("ac', "client('ac", '/accounts/ac'],
    pattern: `${B}([a-f0-9]{32})${E}`,
    secretGroup: 1,
    // 3.0: a random 32-hex token falls below 3.2 once in about 300 (the context words are required).
    minEntropy: 3.0,
    validate: (_v, ctx) => !assignedToId(ctx),
    // 160: the token often comes as the second argument after the account SID, below the
    // `from twilio.rest import Client` line ("Client(\"AC…\", \"…\")"), or a log line after the
    // request's URL.
    // "/Accounts/AC…" is the account's path in Twilio's REST API (a log line's URL).
    context: { words: ['twilio', 'auth_token', 'authtoken', 'auth token', 'account sid', 'client("ac', "client('ac", '/accounts/ac'], window: 160, required: true },
    score: 0.85,
    reach: 200,
    samples: {
      positive: ['Di kode pakai Account SID AC83edce8c4709b7d171cd2f24b6fd60f1 dan auth token dd7e94ed1e56e59ee96844ed4ecc6626.', `TWILIO_AUTH_TOKEN=${F.twilioToken}`, `POST https://api.twilio.com/2010-04-01/Accounts/AC${'7c41e0b9d2a85f36'.repeat(2)}/Messages.json to=+254722418739 status=400 code=21408\n[2026-07-03 19:02:11] auth=${F.twilioToken}`, `sg = SendGridAPIClient(SG_KEY)\ntw = Client("AC${'7c41e0b9d2a85f36'.repeat(2)}", "${F.twilioToken}")`, `Account SID er ${F.twilioAC} og auth token er ${F.twilioToken}. Getur`, `from twilio.rest import Client\n\nsms = Client("AC${'7c41e0b9d2a85f36'.repeat(2)}", "${F.twilioToken}")`],
      negative: [`md5 ${F.twilioToken}`, `twilio ${'0'.repeat(32)}`, `TWILIO_ACCOUNT_SID=AC${'7c41e0b9d2a85f36'.repeat(2)}\nCLOUDFLARE_ZONE_ID=${F.twilioToken}`],
    },
  }),
  prefixed('sendgrid_api_key', 'SendGrid API key', 'API_KEY', 'SendGrid API keys: SG.<22>.<43>.',
    ['sg.'], 'SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}',
    { positive: [`SENDGRID_API_KEY=${F.sendgrid}`], negative: ['SG.short.value', 'msg.send()'] }),
  // Frame.io (Adobe) developer tokens; the prefix and length as Frame.io's developer docs issue them.
  prefixed('frameio_api_token', 'Frame.io developer token', 'API_KEY', 'Frame.io developer tokens: fio-u- + 64 characters.',
    ['fio-u-'], 'fio-u-[A-Za-z0-9_\\-=]{64}',
    { positive: [`client = frameioclient.FrameioClient("fio-u-${F.genericSecret}${F.genericSecret}")`], negative: ['fio-u-short', 'portfolio-u-turn'] }),
  // WooCommerce REST API consumer secrets: cs_ + 40 hex (the ck_ consumer key is the public half).
  prefixed('woocommerce_consumer_secret', 'WooCommerce consumer secret', 'API_KEY', 'WooCommerce REST API consumer secrets: cs_ + 40 hex (not the ck_ consumer keys).',
    ['cs_'], 'cs_[0-9a-f]{40}',
    { positive: ["$woocommerce = new Client('https://shop.fake.example', 'ck_b69ae6de4d97fa5ecd96d7c4c33fa7d32dc591be', 'cs_dff91f1ab3cc889ba9bf3ade875faf3936bc6d97');"], negative: ['ck_b69ae6de4d97fa5ecd96d7c4c33fa7d32dc591be', 'cs_short', 'docs_0000000000000000000000000000000000000000'] }),
  // Mercado Pago production access tokens (APP_USR-<application id>-<date>-<32 hex>-<user id>), as
  // its developer docs show them; TEST- sandbox tokens are left alone, like Stripe's test keys.
  prefixed('mercadopago_access_token', 'Mercado Pago access token', 'API_KEY', 'Mercado Pago production access tokens: APP_USR- + digits, 6 digits, 32 hex and the user id (not the TEST- sandbox tokens).',
    ['app_usr-'], 'APP_USR-\\d{10,19}-\\d{6}-[0-9a-f]{32}-\\d{5,12}',
    { positive: ['el access token que me pasaron es APP_USR-0472324049766563-575475-2b29b4e077299465ca2b31a664e1802e-427726596, pero'], negative: ['TEST-0472324049766563-575475-2b29b4e077299465ca2b31a664e1802e-427726596', 'APP_USR-short'] }),
  // Xendit secret keys name their environment (xnd_development_ / xnd_production_); the public
  // keys (xnd_public_…) are meant for browsers and are left alone.
  prefixed('xendit_secret_key', 'Xendit secret API key', 'API_KEY', 'Xendit secret API keys: xnd_development_ or xnd_production_ + 40–120 base64 characters (not the xnd_public_ keys).',
    ['xnd_'], 'xnd_(?:development|production)_[A-Za-z0-9+/]{40,120}={0,2}',
    { positive: [`XENDIT_SECRET_KEY=xnd_production_${F.genericSecret}${F.genericSecret}`], negative: [`xnd_public_production_${F.genericSecret}${F.genericSecret}`, 'xnd_production_short'] }),
  // DeepL API Free authentication keys: a UUID with the ":fx" suffix (Pro keys are bare UUIDs,
  // which nothing tells apart from other UUIDs). Found from the suffix, so not anchored.
  prefixed('deepl_api_key', 'DeepL API key', 'API_KEY', 'DeepL API Free authentication keys: a UUID followed by ":fx".',
    [':fx'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx',
    { positive: ['DEEPL_AUTH_KEY = "3f9c2a71-58be-4d0a-9e6b-c14d7a20f8e3:fx"', 'translator = deepl.Translator("b81e40c6-2d97-4f35-a0e8-6c5b19d3f274:fx")'], negative: ['request id 3f9c2a71-58be-4d0a-9e6b-c14d7a20f8e3', 'uuid 3f9c2a71-58be-4d0a-9e6b-c14d7a20f8e3:fxx'] },
    { anchored: false, reach: 60, minEntropy: 2.5 }),
  // Mailgun's private API keys: the legacy "key-" + 32 hex, and the newer 32 hex, "-", 8 hex, "-",
  // 8 hex (no prefix: only after "mailgun" on its line, within 60 characters). Anchored on both
  // keywords: the match starts at "key-" or at "Mailgun", so the rule costs nothing elsewhere.
  cred({
    id: 'mailgun_api_key',
    label: 'Mailgun API key',
    placeholder: 'API_KEY',
    description: 'Mailgun private API keys: key- + 32 hex, or 32-8-8 hex after "mailgun" on its line.',
    keywords: ['key-', 'mailgun'],
    pattern: `(?:${B}(?=key-)|(?:mailgun|Mailgun|MAILGUN)[^\\n]{0,60}?[^0-9a-f\\n](?=[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}${ED}))(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})${ED}`,
    secretGroup: 1,
    minEntropy: 3,
    allow: [PLACEHOLDER],
    score: 0.8,
    anchored: true,
    samples: {
      positive: [`MAILGUN_API_KEY=${F.mailgun}`, 'Kunci API Mailgun yang dipakai ddee25e194114eec9290426fb3960c5c-b32cde5f-7500ff59, domain mg.example.id'],
      negative: ['key-short', 'api-key-header', 'trace ddee25e194114eec9290426fb3960c5c-b32cde5f-7500ff59 in the gateway log'],
    },
  }),
  prefixed('mailchimp_api_key', 'Mailchimp API key', 'API_KEY', 'Mailchimp API keys: 32 hex + -us<datacentre>.',
    ['-us'], '[0-9a-f]{32}-us[0-9]{1,2}',
    { positive: [`MAILCHIMP_KEY=${F.mailchimp}`], negative: ['abc-us1', 'en-us'] }, { score: 0.9, anchored: false }),
  prefixed('brevo_api_key', 'Brevo (Sendinblue) API key', 'API_KEY', 'Brevo/Sendinblue API keys: xkeysib- + 64 hex + - + 16 characters.',
    ['xkeysib-'], 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}',
    { positive: [`BREVO_API_KEY=${F.brevo}`], negative: ['xkeysib-short'] }),
  prefixed('telegram_bot_token', 'Telegram bot token', 'BOT_TOKEN', 'Telegram Bot API tokens: <bot id>:AA + 33 characters.',
    [':aa'], '[0-9]{8,10}:AA[A-Za-z0-9_\\-]{33}',
    {
      positive: [`TELEGRAM_BOT_TOKEN=${F.telegram}`, `curl "https://api.telegram.org/bot${F.telegram}/sendMessage?chat_id=42"`, 'Bot-token: 7318402956:AA0C_vXoaTGvg79ohngB783zGa3VgEdgQo. Hoe laat ik'],
      negative: ['123:AAshort', 'time 12345678:AA', 'build 7318402956:AA0C_vXoaTGvg79ohngB783zGa3VgEdgQo'],
    },
    // Also glued to "/bot" in Bot API URLs (https://api.telegram.org/bot<token>/sendMessage). A
    // token a character or two short or long (mis-copied, still the secret) counts next to "token".
    {
      anchored: false,
      pattern: `(?:${B}|(?<=/bot))([0-9]{8,10}:AA[A-Za-z0-9_\\-]{31,35})${ED}`,
      validate: (v, ctx) => v.length - v.indexOf(':') === 36 || TOKEN_WORD_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)),
    }),
  cred({
    id: 'discord_bot_token',
    label: 'Discord bot token',
    placeholder: 'BOT_TOKEN',
    description: 'Discord bot tokens: base64(user id).timestamp.HMAC; the first part must decode to a numeric snowflake id.',
    keywords: ['discord', 'bot'],
    pattern: `${B}([MNO][A-Za-z0-9_\\-]{23,27}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,38})${ED}`,
    secretGroup: 1,
    minEntropy: 3.5,
    validate: (v) => /^[0-9]{17,20}$/.test(decodeBase64(v.split('.')[0] ?? '') ?? ''),
    score: 0.9,
    reach: 400,
    samples: {
      positive: [`DISCORD_BOT_TOKEN=${F.discordBot}`],
      negative: [`bot token ${'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA'.replace('MTIz', 'Mabc')}.abcdef.${'x'.repeat(30)}`],
    },
  }),
  prefixed('discord_webhook_url', 'Discord webhook URL', 'WEBHOOK_URL', 'Discord webhook URLs: discord.com/api/webhooks/<id>/<token>.',
    ['discord'], 'https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v[0-9]+)?/webhooks/[0-9]{17,20}/[A-Za-z0-9_\\-]{60,70}',
    { positive: [`webhook: ${F.discordHook}`], negative: ['https://discord.com/api/webhooks/123/abc'] }, { minEntropy: 3.5, anchored: false }),
  cred({
    id: 'teams_webhook_url',
    label: 'Microsoft Teams webhook URL',
    placeholder: 'WEBHOOK_URL',
    description: 'Microsoft Teams incoming webhook URLs (*.webhook.office.com/webhookb2/…/IncomingWebhook/…).',
    keywords: ['webhook.office.com'],
    pattern: 'https://[A-Za-z0-9.\\-]{1,100}\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9@\\-]{20,100}/IncomingWebhook/[A-Za-z0-9]{20,40}/[A-Za-z0-9\\-]{20,60}(?:/[A-Za-z0-9_\\-]{10,80})?',
    score: 0.9,
    samples: { positive: [`post to ${F.teams}`], negative: ['https://contoso.webhook.office.com/webhookb2/short'] },
  }),
  // ---------------------------------------------------------------- package registries / dev tools
  prefixed('npm_token', 'npm access token', 'NPM_TOKEN', 'npm access tokens: npm_ + 36 base62 characters. The last 6 are a base62 CRC-32 of the 30 before them: verified → score 0.99, not verified → 0.7 (still reported).',
    ['npm_'], 'npm_[A-Za-z0-9]{36}',
    { positive: [`//registry.npmjs.org/:_authToken=${F.npm}`], negative: ['npm_config_cache', 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] }, CHECKSUMMED),
  cred({
    id: 'npmrc_auth_token',
    label: 'npm registry auth token',
    placeholder: 'NPM_TOKEN',
    description: 'Registry credentials in .npmrc / .yarnrc: _authToken= / _auth= / _password= values.',
    keywords: ['_authtoken', '_auth', '_password', 'npmauthtoken'],
    pattern: '(?<=[:\\s]|^)(?:_authToken|_auth|_password|npmAuthToken)["\']?[ \\t]*[:=][ \\t]*["\']?([A-Za-z0-9_\\-+/=.]{16,256})',
    secretGroup: 1,
    minEntropy: 3,
    validate: (v) => !PLACEHOLDER.test(v) && !CODE_REFERENCE.test(v) && !DOTTED_PATH.test(v) && /[0-9]/.test(v),
    anchored: true,
    score: 0.85,
    samples: {
      positive: [`//npm.fake-registry.example.org/:_authToken=${F.npmrc}`],
      negative: ['_authToken=${NPM_TOKEN}', '_auth=short', 'redis_password: process.env.DB_PASSWORD'],
    },
  }),
  prefixed('pypi_token', 'PyPI API token', 'PYPI_TOKEN', 'PyPI / TestPyPI API tokens: pypi-AgEIcHlwaS5vcmc… (macaroon).',
    ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'], 'pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\\-]{50,300}',
    { positive: [`TWINE_PASSWORD=${F.pypi}`], negative: ['pypi-AgEIcHlwaS5vcmcshort'] }),
  prefixed('dockerhub_pat', 'Docker Hub access token', 'DOCKER_TOKEN', 'Docker Hub personal / organisation access tokens: dckr_pat_ / dckr_oat_ + 27+ characters.',
    ['dckr_pat_', 'dckr_oat_'], 'dckr_(?:pat|oat)_[A-Za-z0-9_\\-]{27,40}',
    { positive: [`docker login -u fake -p ${F.dckr}`], negative: ['dckr_pat_short'] }),
  cred({
    id: 'docker_config_auth',
    label: 'Docker registry credentials',
    placeholder: 'DOCKER_AUTH',
    description: 'Docker config.json "auth": base64(user:password) entries under "auths" (also the same config written as YAML, `auth: …`).',
    // The YAML form ("auths:" / "registry:" / "auth: …", as a config converted by mistake or a
    // Helm value): the key opens its line.
    keywords: ['"auth"', 'auth:'],
    pattern: '(?:"auth"[ \\t]*:[ \\t]*"|(?<=(?:^|\\n)[ \\t]*)auth:[ \\t]*["\']?)([A-Za-z0-9+/]{12,400}={0,2})(?=["\']|[ \\t]*(?:\\r?\\n|$))',
    secretGroup: 1,
    validate: (v) => basicAuthValid(v),
    context: { words: ['auths', 'docker', 'registry'], window: 300, required: true },
    anchored: true,
    score: 0.9,
    samples: {
      positive: [`{"auths": {"registry.fake.example": {"auth": "${F.dockerAuth}"}}}`, `auths:\n  registry.fake.example:\n    auth: ${F.dockerAuth}\ncredsStore: ""`],
      negative: [`{"auths": {"x": {"auth": "${F.basicNoColon}"}}}`, `auths:\n  x:\n    auth: ${F.basicNoColon}`],
    },
  }),
  prefixed('jfrog_api_key', 'JFrog Artifactory key', 'API_KEY', 'JFrog Artifactory API keys (AKCp + 69) and reference tokens (cmVmdGtu…).',
    ['akcp', 'cmvmdgtu'], '(?:AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})',
    { positive: [`ARTIFACTORY_API_KEY=${F.jfrog}`], negative: ['AKCpshort'] }),
  prefixed('shopify_access_token', 'Shopify access token', 'SHOPIFY_TOKEN', 'Shopify admin/custom/private app access tokens: shpat_/shpca_/shppa_ + 32 hex.',
    ['shpat_', 'shpca_', 'shppa_'], 'shp(?:at|ca|pa)_[a-fA-F0-9]{32}',
    { positive: [`X-Shopify-Access-Token: ${F.shpat}`], negative: ['shpat_short'] }),
  prefixed('shopify_shared_secret', 'Shopify shared secret', 'SHOPIFY_TOKEN', 'Shopify app shared secrets: shpss_ + 32 hex.',
    ['shpss_'], 'shpss_[a-fA-F0-9]{32}',
    { positive: [`SHOPIFY_API_SECRET=${F.shpss}`], negative: ['shpss_short'] }),
  prefixed('postman_api_key', 'Postman API key', 'API_KEY', 'Postman API keys: PMAK- + 24 hex + - + 34 hex.',
    ['pmak-'], 'PMAK-[0-9a-f]{24}-[0-9a-f]{34}',
    { positive: [`x-api-key: ${F.postman}`], negative: ['PMAK-short'] }),
  prefixed('atlassian_api_token', 'Atlassian API token', 'API_KEY', 'Atlassian (Jira/Confluence) API tokens: ATATT + ~180 characters.',
    ['atatt'], 'ATATT[A-Za-z0-9_\\-=]{100,300}',
    { positive: [`JIRA_API_TOKEN=${F.atatt}`], negative: ['ATATT-short'] }, { minEntropy: 3.5 }),
  prefixed('bitbucket_app_password', 'Bitbucket app password', 'API_KEY', 'Bitbucket app passwords / access tokens: ATBB + 28–40 characters.',
    ['atbb'], 'ATBB[A-Za-z0-9_=.\\-]{28,40}',
    { positive: [`BITBUCKET_APP_PASSWORD=${F.atbb}`], negative: ['ATBBshort'] }),
  prefixed('linear_api_key', 'Linear API key', 'API_KEY', 'Linear API keys: lin_api_ / lin_oauth_ + 40 base62 characters.',
    ['lin_api_', 'lin_oauth_'], 'lin_(?:api|oauth)_[A-Za-z0-9]{40}',
    { positive: [`LINEAR_API_KEY=${F.linear}`], negative: ['lin_api_short'] }),
  prefixed('notion_token', 'Notion integration token', 'API_KEY', 'Notion integration tokens: ntn_ + 46 characters, legacy secret_ + 43 base62 characters.',
    ['ntn_', 'secret_'], '(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})',
    { positive: [`NOTION_TOKEN=${F.notion}`, `notion: ${F.notionLegacy}`], negative: ['secret_key_base', 'secret_' + 'a'.repeat(43)] },
    { minEntropy: 3.5, score: 0.9 }),
  prefixed('figma_token', 'Figma personal access token', 'API_KEY', 'Figma personal access tokens: figd_ + 40+ characters.',
    ['figd_'], 'figd_[A-Za-z0-9_\\-]{40,100}',
    { positive: [`FIGMA_TOKEN=${F.figd}`], negative: ['figd_short'] }),
  prefixed('airtable_pat', 'Airtable personal access token', 'API_KEY', 'Airtable personal access tokens: pat + 14 characters + . + 64 hex.',
    ['pat'], 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}',
    { positive: [`AIRTABLE_TOKEN=${F.airtable}`], negative: ['pathname.js', 'patABCDEFGHIJKLMN.short'] }),
  prefixed('sentry_auth_token', 'Sentry auth token', 'API_KEY', 'Sentry organisation (sntrys_) and user (sntryu_) auth tokens.',
    ['sntrys_', 'sntryu_'], 'sntry[su]_[A-Za-z0-9+/=_]{40,400}',
    { positive: [`SENTRY_AUTH_TOKEN=${F.sntrys}`], negative: ['sntrys_short'] }),
  cred({
    id: 'sentry_dsn',
    label: 'Sentry DSN',
    placeholder: 'SENTRY_DSN',
    description: 'Sentry DSNs with a project key (https://<32 hex>[:<secret>]@<host>/<project id>).',
    keywords: ['sentry', 'ingest', 'dsn'],
    // Project ids are up to 16 digits in newer DSNs ("…ingest.de.sentry.io/4508130211884032").
    pattern: 'https://[a-f0-9]{32}(?::[a-f0-9]{32})?@[A-Za-z0-9.\\-]{1,200}(?::[0-9]{1,5})?/[0-9]{1,20}',
    minEntropy: 3,
    score: 0.75,
    samples: { positive: [`SENTRY_DSN=${F.sentryDsn}`], negative: ['https://examplePublicKey@o0.ingest.sentry.io/0'] },
  }),
  prefixed('grafana_cloud_token', 'Grafana Cloud token', 'API_KEY', 'Grafana Cloud access policy tokens / API keys: glc_ + base64.',
    ['glc_'], 'glc_[A-Za-z0-9+/=_]{32,400}',
    { positive: [`GRAFANA_CLOUD_TOKEN=${F.glc}`], negative: ['glc_short'] }),
  prefixed('grafana_service_account_token', 'Grafana service account token', 'API_KEY', 'Grafana service account tokens: glsa_ + 32 + _ + 8 hex.',
    ['glsa_'], 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
    { positive: [`GF_TOKEN=${F.glsa}`], negative: ['glsa_short'] }),
  prefixed('grafana_api_key', 'Grafana API key (legacy)', 'API_KEY', 'Legacy Grafana API keys: base64 JSON starting eyJrIjoi.',
    ['eyjrijoi'], 'eyJrIjoi[A-Za-z0-9+/=]{40,200}',
    { positive: [`Authorization: Bearer ${F.grafanaLegacy}`], negative: ['eyJrIjoishort'] }),
  prefixed('newrelic_key', 'New Relic key', 'API_KEY', 'New Relic user/admin/ingest/REST/browser keys (NRAK-, NRAA-, NRII-, NRIQ-, NRRA-, NRJS-) and license keys (…NRAL).',
    ['nrak-', 'nraa-', 'nrii-', 'nriq-', 'nrra-', 'nrjs-', 'nral'], '(?:NR(?:AK|AA|II|IQ|RA|JS)-[A-Za-z0-9]{27,42}|[a-f0-9]{36}NRAL)',
    { positive: [`NEW_RELIC_API_KEY=${F.nrak}`], negative: ['NRAK-short'] }, { anchored: false }),
  prefixed('datadog_api_key', 'Datadog API key', 'API_KEY', 'Datadog API keys: 32 hex next to a Datadog context word.',
    // "DD key" / "DD API key" (Datadog's own abbreviation, as in DD_API_KEY) after a space or a line break ("add key" is no such word).
    ['datadog', 'dd_api_key', 'dd-api-key', 'ddapikey', ' dd key', '\ndd key', ' dd api key', '\ndd api key'], '[a-f0-9]{32}',
    { positive: [`DD_API_KEY=${F.ddApi}`, `datadog api key: ${F.ddApi}`, `- DD key ya monitoring: ${F.ddApi}`], negative: [`md5sum ${F.ddApi}`, `add key ${F.ddApi} to the list`] },
    { context: { words: ['datadog', 'dd_api', 'dd-api', 'ddapikey', 'ddog', ' dd key', '\ndd key', ' dd api key', '\ndd api key'], window: 80, required: true }, validate: (_v, ctx) => !assignedToId(ctx), reach: 200, score: 0.85, anchored: false }),
  prefixed('datadog_app_key', 'Datadog application key', 'API_KEY', 'Datadog application keys: 40 hex next to a Datadog application-key context word.',
    ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key', 'ddappkey'], '[a-f0-9]{40}',
    { positive: [`DD_APP_KEY=${F.ddApp}`, `datadog:\n  site: datadoghq.eu\n  appKey: ${F.ddApp}`, `- Datadog app key for the vendor: ${F.ddApp}`], negative: [`git sha ${F.ddApp}`] },
    // appKey: the Datadog Helm chart's and Operator's values; "app key" / "application key" as prose
    // names it (the "datadog" keyword must still be near).
    // PL "klucz aplikacji" (application key).
    { context: { words: ['dd_app', 'dd-app', 'application_key', 'application-key', 'app_key', 'appkey', 'ddappkey', 'app key', 'application key', 'klucz aplikacji'], window: 80, required: true }, validate: (_v, ctx) => !assignedToId(ctx), reach: 200, score: 0.85, anchored: false }),
  prefixed('doppler_token', 'Doppler token', 'API_KEY', 'Doppler personal/service/service-account/CLI/SCIM/audit tokens: dp.<type>. (a service token with its config, dp.st.prd.) + 40–44 characters.',
    ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}',
    { positive: [`DOPPLER_TOKEN=${F.doppler}`, `DOPPLER_TOKEN=${F.doppler.replace('dp.pt.', 'dp.st.prd.')}`], negative: ['dp.pt.short'] }),
  prefixed('pulumi_token', 'Pulumi access token', 'API_KEY', 'Pulumi access tokens: pul- + 40 hex.',
    ['pul-'], 'pul-[a-f0-9]{40}',
    { positive: [`PULUMI_ACCESS_TOKEN=${F.pulumi}`], negative: ['pul-short'] }),
  prefixed('terraform_cloud_token', 'Terraform Cloud / HCP token', 'API_KEY', 'Terraform Cloud / Enterprise API tokens: 14 characters + .atlasv1. + 60–70 characters.',
    ['.atlasv1.'], '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_\\-=]{60,70}',
    { positive: [`token = "${F.tfc}"`], negative: ['x.atlasv1.short'] }, { anchored: false }),
  prefixed('vault_token', 'HashiCorp Vault token', 'VAULT_TOKEN', 'HashiCorp Vault service (hvs.), batch (hvb.) and recovery (hvr.) tokens.',
    ['hvs.', 'hvb.', 'hvr.'], 'hv[sbr]\\.[A-Za-z0-9_\\-]{24,300}',
    { positive: [`VAULT_TOKEN=${F.hvs}`], negative: ['hvs.short', 'hvs.' + 'a'.repeat(40)] }, { minEntropy: 3.5 }),
  prefixed('age_secret_key', 'age secret key', 'PRIVATE_KEY', 'age encryption secret keys: AGE-SECRET-KEY-1 + 58 bech32 characters.',
    ['age-secret-key-1'], 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
    { positive: [`# created: 2024\n${F.age}`], negative: ['AGE-SECRET-KEY-1SHORT'] }),
  prefixed('databricks_token', 'Databricks access token', 'API_KEY', 'Databricks personal access tokens: dapi + 32 hex (optional -N suffix).',
    ['dapi'], 'dapi[a-f0-9]{32}(?:-[0-9])?',
    { positive: [`DATABRICKS_TOKEN=${F.dapi}`], negative: ['dapi123', 'rapidapi'] }),
  prefixed('planetscale_token', 'PlanetScale token', 'API_KEY', 'PlanetScale service tokens, passwords and OAuth tokens: pscale_tkn_/pscale_pw_/pscale_oauth_.',
    ['pscale_'], 'pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\\-.]{32,64}',
    { positive: [`PLANETSCALE_TOKEN=${F.pscale}`], negative: ['pscale_tkn_short'] }),
  prefixed('supabase_token', 'Supabase secret', 'API_KEY', 'Supabase access tokens (sbp_ + 40 hex) and secret API keys (sb_secret_).',
    ['sbp_', 'sb_secret_'], '(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_\\-]{30,80})',
    { positive: [`SUPABASE_ACCESS_TOKEN=${F.sbp}`], negative: ['sbp_short'] }),
  // ---------------------------------------------------------------- hosting / infra
  prefixed('vercel_token', 'Vercel token', 'API_KEY', 'Vercel access tokens: 24 base62 characters next to a "vercel" context word.',
    ['vercel'], '[A-Za-z0-9]{24}',
    { positive: [`VERCEL_TOKEN=${F.vercel}`], negative: [`vercel project ${'abcdefghijklmnopqrstuvwx'}`, `token ${F.vercel}`] },
    { context: { words: ['vercel'], window: 60, required: true }, validate: (v, ctx) => randomLooking(v) && !assignedToId(ctx), minEntropy: 3.8, reach: 200, score: 0.8, anchored: false }),
  prefixed('netlify_token', 'Netlify access token', 'API_KEY', 'Netlify personal access tokens: nfp_ + 36 base62 characters.',
    ['nfp_'], 'nfp_[A-Za-z0-9]{36,40}',
    { positive: [`NETLIFY_AUTH_TOKEN=${F.netlify}`], negative: ['nfp_short'] }),
  prefixed('digitalocean_token', 'DigitalOcean token', 'API_KEY', 'DigitalOcean personal access (dop_v1_), OAuth (doo_v1_) and refresh (dor_v1_) tokens: + 64 hex.',
    ['dop_v1_', 'doo_v1_', 'dor_v1_'], 'do[por]_v1_[a-f0-9]{64}',
    { positive: [`DIGITALOCEAN_TOKEN=${F.dop}`], negative: ['dop_v1_short'] }),
  prefixed('heroku_api_key', 'Heroku API key', 'API_KEY', 'Heroku platform API keys: HRKU- + 60 characters.',
    ['hrku-'], 'HRKU-[A-Za-z0-9_\\-]{58,70}',
    { positive: [`HEROKU_API_KEY=${F.hrku}`], negative: ['HRKU-short'] }),
  prefixed('heroku_api_key_legacy', 'Heroku API key (legacy)', 'API_KEY', 'Legacy Heroku API keys: a UUID next to a "heroku" context word.',
    ['heroku'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    { positive: [`HEROKU_API_KEY=${F.uuid}`], negative: [`request id ${F.uuid}`] },
    { context: { words: ['heroku'], window: 60, required: true }, validate: (_v, ctx) => !assignedToId(ctx), reach: 200, score: 0.75, anchored: false }),
  prefixed('cloudflare_api_token', 'Cloudflare API token', 'API_KEY', 'Cloudflare API tokens (40 characters) and global API keys (37 hex) next to a Cloudflare context word.',
    ['cloudflare', 'cf_api', 'cf-api', 'cf_auth'], '[A-Za-z0-9_\\-]{40}|[a-f0-9]{37}',
    { positive: [`CLOUDFLARE_API_TOKEN=${F.cfToken}`, `Hej, vores Cloudflare-token til bibliotekets hjemmeside (DNS-redigering for vores domæne) virker ikke i Terraform: ${F.cfToken}. Fejlen er`], negative: [`cloudflare zone ${'a'.repeat(40)}`, `no context ${F.cfToken}`] },
    // The vendor may be named a clause before the token ("vores Cloudflare-token til … virker ikke i Terraform: …").
    { context: { words: ['cloudflare', 'cf_api', 'cf-api', 'cf_auth', 'x-auth-key'], window: 160, required: true }, validate: (v, ctx) => hasMixedClasses(v) && !assignedToId(ctx), minEntropy: 3.5, reach: 200, score: 0.8, anchored: false }),
  prefixed('cloudflare_origin_ca_key', 'Cloudflare Origin CA key', 'API_KEY', 'Cloudflare Origin CA keys: v1.0- + 24 hex + - + 146 hex.',
    ['v1.0-'], 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}',
    { positive: [`CF_ORIGIN_CA_KEY=${F.cfOrigin}`], negative: ['v1.0-short'] }),
  cred({
    id: 'okta_api_token',
    label: 'Okta API token',
    placeholder: 'API_KEY',
    description: 'Okta API tokens: 00 + 40 characters next to "okta" or the SSWS scheme.',
    keywords: ['okta', 'ssws'],
    pattern: `${B}(00[A-Za-z0-9_\\-]{40})${ED}`,
    secretGroup: 1,
    minEntropy: 3.8,
    validate: (v) => hasMixedClasses(v.slice(2)),
    context: { words: ['okta', 'ssws'], window: 100, required: true },
    score: 0.85,
    reach: 200,
    samples: { positive: [`Authorization: SSWS ${F.okta}`], negative: [`okta ${'0'.repeat(42)}`, `random ${F.okta}`] },
  }),
  prefixed('alibaba_access_key_id', 'Alibaba Cloud AccessKey ID', 'API_KEY', 'Alibaba Cloud AccessKey IDs: LTAI + 12–22 characters.',
    ['ltai'], 'LTAI[A-Za-z0-9]{12,22}',
    { positive: [`ALIBABA_CLOUD_ACCESS_KEY_ID=${F.ltai}`, 'private static final String ACCESS_KEY_ID = "LTAI5tGca5ddfG7HrxhB1jtvGD";'], negative: ['LTAIshort'] }, { score: 0.9 }),
  prefixed('tencent_secret_id', 'Tencent Cloud SecretId', 'API_KEY', 'Tencent Cloud SecretIds: AKID + 13–40 characters.',
    ['akid'], 'AKID[A-Za-z0-9]{13,40}',
    { positive: [`TENCENTCLOUD_SECRET_ID=${F.akid}`], negative: ['AKIDshort'] }, { score: 0.9 }),
  prefixed('square_access_token', 'Square access token', 'API_KEY', 'Square access tokens: EAAA + 60 characters, legacy sq0atp- + 22.',
    ['eaaa', 'sq0atp-'], '(?:EAAA[A-Za-z0-9_\\-]{60}|sq0atp-[A-Za-z0-9_\\-]{22})',
    { positive: [`SQUARE_ACCESS_TOKEN=${F.squareEAAA}`, `square ${F.sq0atp}`], negative: ['EAAAshort', 'sq0atp-short'] }, { score: 0.9 }),
  prefixed('square_oauth_secret', 'Square OAuth secret', 'OAUTH_SECRET', 'Square application OAuth secrets: sq0csp- + 43 characters.',
    ['sq0csp-'], 'sq0csp-[A-Za-z0-9_\\-]{43}',
    { positive: [`SQUARE_APP_SECRET=${F.sq0csp}`], negative: ['sq0csp-short'] }),
  prefixed('braintree_access_token', 'PayPal Braintree access token', 'API_KEY', 'PayPal Braintree production access tokens: access_token$production$<16>$<32 hex>.',
    ['access_token$production$'], 'access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32}',
    { positive: [`BRAINTREE_TOKEN=${F.braintree}`], negative: ['access_token$production$short$abc'] }),
  prefixed('facebook_access_token', 'Facebook / Meta access token', 'OAUTH_TOKEN', 'Facebook/Meta Graph API access tokens: EAA + 90+ characters (context words raise the score).',
    ['eaa'], 'EAA[A-Za-z0-9]{90,400}',
    { positive: [`graph api access_token=${F.fb}`], negative: ['EAAshort', 'EAA' + 'a'.repeat(100)] },
    { context: { words: ['facebook', 'meta', 'graph', 'fb_', 'access_token', 'instagram', 'whatsapp'], window: 80 }, score: 0.75 }),
  prefixed('firebase_fcm_server_key', 'Firebase Cloud Messaging server key', 'API_KEY', 'Legacy FCM server keys: AAAA + 7 + :APA91b + 100–200 characters.',
    [':apa91b'], 'AAAA[A-Za-z0-9_\\-]{7}:APA91b[A-Za-z0-9_\\-]{100,200}',
    { positive: [`FCM_SERVER_KEY=${F.fcm}`], negative: ['AAAAabc:APA91bshort'] }, { anchored: false }),
  // The user tokens Dropbox issues now start "sl.u." (the older ones "sl." and the body).
  prefixed('dropbox_access_token', 'Dropbox access token', 'OAUTH_TOKEN', 'Dropbox short-lived access tokens: sl. or sl.u. + 130+ characters.',
    ['sl.'], 'sl\\.(?:u\\.)?[A-Za-z0-9_\\-]{130,1000}',
    { positive: [`DROPBOX_TOKEN=${F.dropbox}`, `Dropbox token:\n${F.dropbox.replace('sl.', 'sl.u.')}`], negative: ['tsl.short', 'sl.u.short'] }, { minEntropy: 3.5 }),
  prefixed('mapbox_secret_token', 'Mapbox secret token', 'API_KEY', 'Mapbox secret access tokens: sk.eyJ… (sk. + base64 JSON + . + signature).',
    ['sk.eyj'], 'sk\\.eyJ[A-Za-z0-9_\\-]{40,400}\\.[A-Za-z0-9_\\-]{20,200}',
    { positive: [`MAPBOX_SECRET=${F.mapbox}`], negative: ['pk.eyJ1Ijoi.public'] }),
  prefixed('twitter_bearer_token', 'X / Twitter bearer token', 'OAUTH_TOKEN', 'X (Twitter) app-only bearer tokens: 21 × A then 30+ characters.',
    ['aaaaaaaaaaaaaaaaaaaaa'], 'AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,200}',
    { positive: [`TWITTER_BEARER_TOKEN=${F.twitter}`], negative: ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'] }, { minEntropy: 3 }),
  // ---------------------------------------------------------------- tokens in protocols
  cred({
    id: 'jwt',
    label: 'JSON Web Token',
    placeholder: 'JWT',
    description: 'Signed JSON Web Tokens: three base64url parts; the header must decode to JSON with an "alg".',
    keywords: ['eyj'],
    pattern: `${B}(eyJ[A-Za-z0-9_\\-]{10,4000}\\.eyJ[A-Za-z0-9_\\-]{4,8000}\\.[A-Za-z0-9_\\-]{16,1000})(?![A-Za-z0-9_\\-]|\\.[A-Za-z0-9_\\-])`,
    secretGroup: 1,
    validate: (v) => jwtValid(v),
    // The example token every JWT tutorial shows (jwt.io's HS256 "John Doe", secret
    // "your-256-bit-secret"): documentation, like AWS's example keys.
    allow: [/\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$/],
    anchored: true,
    score: 0.85,
    reach: 14000,
    samples: {
      // A sentence may end right after the token; a fourth part would make it something else.
      positive: [`Authorization: Bearer ${F.jwt}`, `token=${F.jwt}`, `They gave us this token for their API: ${F.jwt}. Can you help?`],
      negative: [`unsigned ${F.jwtNone}`, `not json ${F.jwtNotJson}`],
    },
  }),
  cred({
    id: 'bearer_token',
    label: 'Bearer token',
    placeholder: 'TOKEN',
    description:
      'Opaque tokens after "Bearer ", or after another token scheme in an Authorization header ("Authorization: Token …", ApiToken, Api-Key, SSWS), random-looking with high entropy.',
    keywords: ['bearer', 'authorization'],
    // "!": Salesforce session ids (00D…!AQ…) are sent as bearer tokens. Other schemes carry the
    // same kind of token: Django REST framework and GitHub "Token", Okta "SSWS", vendors' "ApiToken"
    // / "Api-Key"; only right after "Authorization:", where the word is the scheme (the rule is
    // anchored: a match starts at its keyword, "Authorization" here).
    // .NET's `new AuthenticationHeaderValue("Bearer", "…")`: the scheme and the token as two arguments.
    pattern: `(?:(?<![A-Za-z0-9_])[Bb]earer(?:[ \\t]+|["'][ \\t]*,[ \\t]*["'])|[Aa]uthorization["']?[ \\t]*[:=][ \\t]*["']?(?:[Tt]oken|[Aa]pi-?[Tt]oken|[Aa]pi-?[Kk]ey|SSWS|GenieKey)[ \\t]+)([A-Za-z0-9\\-._~+/!]{20,2048}=*)`,
    secretGroup: 1,
    minEntropy: 3.5,
    // Stripe test keys have their own low-scored rule (a negative by the corpus conventions), as in
    // the generic secret rules.
    validate: (v) => randomLooking(v) && !PLACEHOLDER.test(v) && !STRIPE_TEST.test(v),
    context: { words: ['authorization', 'header', 'curl', '-h '], window: 60 },
    anchored: true,
    score: 0.75,
    reach: 2200,
    samples: {
      positive: [
        // .NET's scheme and token as two arguments.
        'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pX7vN2qLw9ZkT4mRb8YcJ3hF6sDg1AeU.k5Wn0");',
        `curl -H "Authorization: Token ${F.genericSecret}${F.genericSecret}" https://api.fake.example/v1/`,`curl -H "Authorization: Bearer ${F.bearer}" https://api.fake.example`],
      negative: [
        'curl https://api.stripe.com/v1/charges -H "Authorization: Bearer sk_test_51dq5RArzMN36ku7T9YgmBrgrpFCzSClglw00wRwrvQ9TQVkQUfqTvGHlK5sfdU"',
        'Authorization: Token <your token here>','Authorization: Bearer <token>', 'bearer authentication_mechanisms_described'],
    },
  }),
  cred({
    id: 'basic_auth_header',
    label: 'HTTP Basic credentials',
    placeholder: 'BASIC_AUTH',
    description: 'HTTP Basic authorization values: base64(user:password) after "Basic ", in ASCII or UTF-8.',
    keywords: ['basic'],
    pattern: '(?<![A-Za-z0-9_])[Bb]asic[ \\t]+([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])',
    secretGroup: 1,
    validate: (v) => basicAuthValid(v),
    context: { words: ['authorization', 'header', 'curl', '-h '], window: 60 },
    anchored: true,
    score: 0.85,
    samples: {
      // The second: "svc:pässwort-Ü9" in UTF-8 (RFC 7617 charset="UTF-8").
      positive: [`Authorization: Basic ${F.basic}`, 'Authorization: Basic c3ZjOnDDpHNzd29ydC3DnDk='],
      negative: [`Authorization: Basic ${F.basicNoColon}`, 'basic understanding of things'],
    },
  }),
  // ---------------------------------------------------------------- private keys
  cred({
    id: 'private_key',
    label: 'Private key (PEM)',
    placeholder: 'PRIVATE_KEY',
    description: 'PEM private key blocks (PKCS#1 RSA, EC, DSA, PKCS#8, encrypted), also JSON-escaped; a truncated block without END still counts; the body must hold key material.',
    keywords: ['private key'],
    pattern: armoured('-----BEGIN (?:(?:RSA|EC|DSA|ENCRYPTED|ANY|SSH2 ENCRYPTED) )?PRIVATE KEY-----', '-----END (?:(?:RSA|EC|DSA|ENCRYPTED|ANY|SSH2 ENCRYPTED) )?PRIVATE KEY-----'),
    validate: (v) => hasKeyMaterial(v),
    score: 0.99,
    reach: 45000,
    samples: {
      positive: [
        pem('RSA PRIVATE KEY', F.pemBody),
        `key.pem:\n${pem('PRIVATE KEY', F.pemBody)}\nthanks`,
        `{"private_key": "${pem('PRIVATE KEY', F.pemBody, '\\n')}"}`,
        `-----BEGIN EC PRIVATE KEY-----\n${F.pemBody}`,
        `KEY="-----BEGIN PRIVATE KEY----- ${F.pemBody.replace(/\n/g, ' ')} -----END PRIVATE KEY-----"`,
        pem('ENCRYPTED PRIVATE KEY', `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,0F1E2D3C4B5A69788796A5B4C3D2E1F0\n\n${F.pemBody}`),
      ],
      negative: ['-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', '-----BEGIN PUBLIC KEY-----\n' + F.pemBody + '\n-----END PUBLIC KEY-----', 'paste your private key here'],
    },
  }),
  cred({
    id: 'openssh_private_key',
    label: 'OpenSSH private key',
    placeholder: 'PRIVATE_KEY',
    description: 'OpenSSH private key blocks (-----BEGIN OPENSSH PRIVATE KEY-----) with key material.',
    keywords: ['openssh private key'],
    pattern: armoured('-----BEGIN OPENSSH PRIVATE KEY-----', '-----END OPENSSH PRIVATE KEY-----'),
    validate: (v) => hasKeyMaterial(v),
    score: 0.99,
    reach: 45000,
    samples: {
      positive: [pem('OPENSSH PRIVATE KEY', F.opensshBody)],
      negative: ['-----BEGIN OPENSSH PRIVATE KEY-----\n<redacted>\n-----END OPENSSH PRIVATE KEY-----'],
    },
  }),
  cred({
    id: 'pgp_private_key',
    label: 'PGP private key block',
    placeholder: 'PRIVATE_KEY',
    description: 'OpenPGP armoured private key blocks (-----BEGIN PGP PRIVATE KEY BLOCK-----) with key material.',
    keywords: ['pgp private key'],
    pattern: armoured('-----BEGIN PGP PRIVATE KEY BLOCK-----', '-----END PGP PRIVATE KEY BLOCK-----'),
    validate: (v) => hasKeyMaterial(v),
    score: 0.99,
    reach: 45000,
    samples: {
      positive: [pem('PGP PRIVATE KEY BLOCK', `Version: FakePG v1\nComment: fake key\n\n${F.pgpBody}`)],
      negative: ['-----BEGIN PGP PUBLIC KEY BLOCK-----\n' + F.pgpBody + '\n-----END PGP PUBLIC KEY BLOCK-----', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n...\n-----END PGP PRIVATE KEY BLOCK-----'],
    },
  }),
  cred({
    id: 'putty_private_key',
    label: 'PuTTY private key',
    placeholder: 'PRIVATE_KEY',
    description: 'PuTTY .ppk files: the Private-Lines section (base64 key material).',
    keywords: ['private-lines'],
    // The key's base64 lines (64 characters each but the last, which stops before "Private-MAC:").
    // An Ed25519 or P-256 key is one line of ~48 characters.
    pattern: 'Private-Lines: [0-9]{1,3}\\r?\\n((?:[A-Za-z0-9+/=]{64}\\r?\\n){0,300}[A-Za-z0-9+/=]{4,64}(?![A-Za-z0-9+/=-]))',
    secretGroup: 1,
    validate: (v) => v.length >= 40,
    minEntropy: 4,
    anchored: true,
    score: 0.95,
    reach: 21000,
    samples: {
      positive: [`PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 2\n${F.puttyLines}\nPrivate-MAC: 00`, 'PuTTY-User-Key-File-3: ecdsa-sha2-nistp256\nPrivate-Lines: 1\nf2IgJ8mfouPBPCeTC2Dytji+rIa3su1YF4kKJALjMici11C4\nPrivate-MAC: 97dce07a'],
      negative: ['Private-Lines: 1\nshort'],
    },
  }),
  cred({
    id: 'base64_private_key',
    label: 'Private key (base64-encoded PEM)',
    placeholder: 'PRIVATE_KEY',
    description: 'Base64-encoded PEM private keys (Kubernetes client-key-data, CI variables): LS0tLS1CRUdJTi… decoding to a PRIVATE KEY block.',
    keywords: ['ls0tls1crudjti'],
    pattern: `${B}(LS0tLS1CRUdJTi[A-Za-z0-9+/=]{100,20000})`,
    secretGroup: 1,
    validate: (v) => /PRIVATE KEY/.test(decodeBase64(v.slice(0, 200)) ?? ''),
    anchored: true,
    score: 0.95,
    reach: 21000,
    samples: {
      positive: [`client-key-data: ${F.b64Pem}`],
      negative: [`client-certificate-data: ${F.b64Cert}`],
    },
  }),
  cred({
    id: 'base64_encoded_token',
    label: 'Base64-encoded access token',
    placeholder: 'TOKEN',
    description: 'Base64-encoded copies of prefixed tokens and database URLs (Kubernetes secrets, CI variables): the value must decode to a GitHub/GitLab/Stripe/AWS/Slack/OpenAI/Anthropic/npm/Google/… token, or to a postgres/mysql/mongodb/redis/amqp URL with a password, or to a Sentry DSN.',
    keywords: B64_TOKEN_PREFIXES.map((p) => p.toLowerCase()),
    pattern: `${B}((?:${B64_TOKEN_PREFIXES.join('|')})[A-Za-z0-9+/]{16,600}={0,2})(?![A-Za-z0-9+/=])`,
    secretGroup: 1,
    anchored: true,
    validate: decodedCredential,
    score: 0.9,
    samples: {
      positive: [
        `  GH_PAT: ${encodeBase64(F.ghp)}`,
        `data:\n  stripe: ${encodeBase64(F.skLive + '\n')}`,
        `data:\n  DATABASE_URL: ${encodeBase64(`postgresql://app:${F.urlPass}@pg.internal:5432/app`)}`,
        `data:\n  SENTRY_DSN: ${encodeBase64('https://17270a77a206e974515d020eb6370537@o4508127.ingest.de.sentry.io/4508130211884032')}`,
      ],
      negative: [`GH_PAT: ${encodeBase64('ghp_short')}`, `blob: ${encodeBase64('AKIA is just a word in this sentence')}`, `DATABASE_URL: ${encodeBase64('postgresql://app:${DB_PASSWORD}@pg.internal:5432/app')}`, `DATABASE_URL: ${encodeBase64('postgresql://pg.internal:5432/app')}`, `HOMEPAGE: ${encodeBase64('https://www.fake.example/about')}`],
    },
  }),
  // ---------------------------------------------------------------- connection strings / passwords
  cred({
    id: 'database_url_password',
    label: 'Database URL with password',
    placeholder: 'PASSWORD',
    description: 'Database / broker URLs with an embedded password (postgres, mysql, mongodb(+srv), redis(s), amqp(s), mssql, …, also with an SQLAlchemy driver: mysql+pymysql://); placeholder passwords are allowed.',
    keywords: DB_SCHEMES.filter((s) => !s.includes('+')),
    // `+driver`: SQLAlchemy URLs (postgresql+psycopg2://, mysql+pymysql://, mssql+pyodbc://).
    pattern: `(?<![A-Za-z0-9+.\\-])(?:jdbc:)?(?:${DB_SCHEMES.map(escapeRe).join('|')})(?:\\+[a-z0-9_]{1,20})?://${USERINFO}`,
    secretGroup: 2,
    // `;key=` inside: JDBC properties (jdbc:sqlserver://host:1433;user=svc@server;password=…),
    // not a user:password pair; connection_string_password reports their password.
    // The word "password" in any language is a template's placeholder (`postgres://USUARIO:SENHA@…`).
    validate: (v, ctx) => !PLACEHOLDER_PASSWORD.test(v) && !PLACEHOLDER.test(v) && !isPasswordWord(v) && !JDBC_PROPERTY.test(v) && !localDefault(v, ctx),
    anchored: true,
    score: 0.9,
    samples: {
      positive: [
        `DATABASE_URL=postgres://app_user:${F.dbPass}@db.internal.fake:5432/app`,
        `engine = create_engine("postgresql+psycopg2://etl:${F.dbPass}@warehouse.fake:5432/dwh")`,
        `SQLALCHEMY_URL=mysql+pymysql://etl:${F.dbPass}@x@mysql.fake:3306/app`,
        `mongodb+srv://svc:${F.dbPass}@cluster0.fake.mongodb.net/test`,
        `redis://:${F.dbPass}@cache.fake:6379/0`,
        `jdbc:mysql://root:${F.dbPass}@10.0.0.5/db`,
      ],
      negative: [
        'DB_URL=postgres://UTILIZADOR:PALAVRA_PASSE@localhost:5432/devolucoes',
        'DATABASE_URL=postgres://USUARIO:SENHA@localhost:5432/acampamento',
        'jdbc:sqlserver://db-fake.database.windows.net:1433;database=app;user=svc_app@db-fake;password=Zk9!xFAKE;encrypt=true',
        'postgres://user:password@localhost/db',
        'mysql://user:<password>@host/db',
        'postgresql://app:${DB_PASSWORD}@db/app',
        'amqp://guest:****@rabbit/',
        'postgres://localhost:5432/db',
        'DATABASE_URL=postgres://postgres:postgres@localhost:5432/test',
        'amqp://guest:guest@127.0.0.1:5672/',
      ],
    },
  }),
  cred({
    id: 'url_password',
    label: 'URL with embedded password',
    placeholder: 'PASSWORD',
    description: 'http(s)/ftp/sftp/smtp/ldap/ssh/git/rtsp/smb/OPC UA/MQTT/tcp/ssl/NATS/rsync/WebDAV URLs with user:password@ (basic auth in the URL); placeholder passwords are allowed.',
    keywords: URL_SCHEMES,
    pattern: `(?<![A-Za-z0-9+.\\-])(?:${URL_SCHEMES.map(escapeRe).join('|')})://${USERINFO}`,
    secretGroup: 2,
    validate: (v) => !PLACEHOLDER_PASSWORD.test(v) && !PLACEHOLDER.test(v) && !isPasswordWord(v) && !/^[0-9]{1,5}$/.test(v),
    anchored: true,
    score: 0.85,
    samples: {
      positive: ['ntrip://pylonix_rover07:Hochspannig_380kV@caster.swipos.ch:2101/VRS_3_2', `git clone https://deploy:${F.urlPass}@git.fake.example/repo.git`, `ftp://backup:${F.urlPass}@ftp.fake.example/`, `url = "opc.tcp://opc_ro:${F.urlPass}@10.20.4.15:4840/server/"`, `MQTT_URL=mqtts://telemetry:${F.urlPass}@broker.fake.example:8883`, `  servers = ["tcp://rigmqtt:${F.urlPass}@172.20.8.14:1883"]`, `2. Կրկնօրինակում՝ ամեն գիշեր, rsync://backup:${F.urlPass}@nas01.fake.local/daily`],
      negative: ['https://user:password@example.com', 'https://example.com:8080/path', 'smtp://mailer:{{smtp_password}}@mail', 'RestClient.post "https://api:#{KEY}@api.eu.mailgun.net/v3/messages"'],
    },
  }),
  cred({
    id: 'connection_string_password',
    label: 'Connection string password',
    placeholder: 'PASSWORD',
    description: 'Password=/Pwd= in ADO.NET, ODBC and JDBC-style connection strings (Server=/Data Source=/User Id= nearby).',
    keywords: ['password', 'pwd'],
    pattern: '(?<![A-Za-z0-9_])(?:password|pwd)[ \\t]*=[ \\t]*([^;"\'\\s]{3,128})',
    flags: 'gi',
    secretGroup: 1,
    // `psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD, …)`: a keyword argument
    // naming a variable, not a connection string's value.
    validate: (v) => !PLACEHOLDER_PASSWORD.test(v) && !PLACEHOLDER.test(v) && !/^[A-Za-z_][A-Za-z0-9_.]*[,)]$/.test(v),
    context: { words: ['server=', 'data source=', 'user id=', 'uid=', 'database=', 'initial catalog=', 'host=', 'driver='], window: 200, required: true },
    anchored: true,
    score: 0.9,
    samples: {
      positive: [`Server=tcp:fake.database.windows.net,1433;Initial Catalog=app;User ID=svc;Password=${F.password};Encrypt=True;`],
      negative: [
        'conn = psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD, dbname="transport")',
        'Server=db;Database=app;User Id=sa;Password=<password>;',
        `Password=${F.password} alone`,
        'Server=sql01;Database=reports;User Id=informes;Password=<from KeyVault: informes>;',
      ],
    },
  }),
  cred({
    id: 'password_assignment',
    label: 'Password',
    placeholder: 'PASSWORD',
    description: 'Literal passwords assigned to password/passwd/pwd/passphrase keys and named PINs (HSM_PIN, more than digits) (code, config, "Password: …" prose), including a Google app password in its four groups of letters on a mail key; variables, env lookups, function calls, empty values and placeholders are ignored.',
    keywords: ['_pin', '-pin', 'pass', 'pwd', 'pw', 'dbpass', 'db_pass', 'dbpwd', 'db_pwd', 'authtok', 'requirepass', 'masterauth', '--requirepass', '--masterauth', 'psk', 'wpa', 'ssid', 'wifi key', 'wi-fi key', 'wlan key', 'wifi-key', 'wlan-key', 'convertto-securestring', 'setpassword', 'set_password', 'setpass'],
    // `requirepass …` / `masterauth …`: Redis configuration directives (also as the next item of an
    // exec-form argument list: `["redis-server", "--requirepass", "…"]`); `remote_password …` at a
    // line start: a "key value" directive (mosquitto, pgbouncer), value with letters and digits.
    // SSSD's `ldap_default_authtok = …` is the bind password (not `…_authtok_type = password`).
    // `$PWD` is the shell's working directory; `<password>…</password>`, `<source-password>`,
    // `<adminPassword>`: XML elements (Maven settings.xml, Icecast, web.config & co.), FileZilla's
    // `<Pass encoding="base64">` (its site manager keeps the password base64-encoded).
    // `{"key": "dbPassword", "value": "…"}`: a Postman environment variable.
    // "WPA2 key 7etf…", "Wi-Fi key: …": a wireless network's pre-shared key, written as a password;
    // also "SSID PISTES-SECOURS, key …" (the network's name, then its key).
    // `ConvertTo-SecureString "…" -AsPlainText` anywhere (inside a PSCredential, a splat) and a
    // setter called with a literal (`src.setPassword("…")`): a literal password.
    pattern: `(?:(?:(?<![A-Za-z])(?<!\\$(?=PWD\\b))(?:db_?)?(?:pass|pwd|pw)|pass(?:word|wd|phrase)|(?<=_)authtok|(?<=[a-z])pass(?:word|wd)?(?=["'\\]]{0,2}[ \\t]{0,40}(?:=|:|=>|:=)|${KEY_VALUE}))(?:${KEY_VALUE}|${ASSIGN}|[ \\t]+(?:is|was|to|set to)[ \\t]+(?:(?:now|currently)[ \\t]+)?)|(?<=[a-z]{2})password[ \\t]+(?=[^\\s=:])|(?<![\\w-])(?:--)?(?:requirepass|masterauth)(?:[ \\t]+|["'][ \\t]*,[ \\t]*["'])|(?<=(?:^|\\n)[ \\t]*[a-z][a-z0-9]*[_-])pass(?:word|wd)?[ \\t]+(?=[^\\s]*\\d)(?=[^\\s]*[A-Za-z])|(?<=(?:^|\\n)[ \\t]*[a-z][a-z0-9]*)pass(?:word|wd)[ \\t]+(?=[^\\s]*\\d)(?=[^\\s]*[A-Za-z])|(?<=<(?:[A-Za-z][\\w.-]{0,30}[-_.:]?)?)pass(?:word|wd)?(?:[ \\t]+encoding="base64")?>|(?<![\\w-])(?:wpa_)?psk(?:${ASSIGN}|[ \\t]+is[ \\t]+)|(?<![\\w-])(?:wpa[23]?|wi-?fi|wlan)[ \\t-]?(?:key|passphrase|psk)(?:${ASSIGN}|[ \\t]+(?:is[ \\t]+)?(?!set-key[ \\t]|[\\w-]+=))|(?<![\\w-])ssid[ \\t]*[:=]?[ \\t]*["']?[^\\s"',;]{1,32}["']?[ \\t]*[,;/|][ \\t]*(?:key|pass(?:word)?|pw|psk|(?:wpa[23]?|wi-?fi)[ \\t-]?key)(?:${ASSIGN}|[ \\t]+)|(?<![\\w-])(?=ConvertTo-SecureString[ \\t]+(?:-String[ \\t]+)?["'][^"'\\n]{3,127}["'][ \\t]+-AsPlainText)|(?<![A-Za-z])set_?pass(?:word|wd)?\\([ \\t]*(?=["'])|(?<=(?:^|[^\\w-])[A-Za-z][A-Za-z0-9]{0,20})[_-]pin${ASSIGN})(?:ConvertTo-SecureString[ \\t]+(?:-String[ \\t]+)?)?["'\`]?((?:[a-z]{4} ){3}[a-z]{4}(?![\\w-])|[^\\s"'\`<]{3,127}[^\\s"'\`;,.)\\]}<])`,
    flags: 'gi',
    secretGroup: 1,
    minEntropy: 2,
    // The `<password>` form must close: `<password>@host` in a URL template is not an element.
    // A key glued to a word only in camelCase (`brokerPass:`), not "bypass:".
    validate: (v, ctx) =>
      v.length >= 6 &&
      !GLUED_LOWER_PASS.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start)) &&
      (!GLUED_PASSWORD_SPACE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)) || camelPasswordDirective(v, ctx)) &&
      !pairLabelUser(ctx) &&
      (!NAMED_PIN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) || (/[A-Za-z]/.test(v) && /[^A-Za-z]/.test(v))) &&
      plausiblePassword(v, ctx) &&
      (ctx.text[ctx.start - 1] !== '>' || ctx.text.startsWith('</', ctx.end)) &&
      (!v.includes(' ') || appPassword(v, ctx)) &&
      !jsonKey(ctx) &&
      (!STATED_PASSWORD.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) || statedPassword(v)) &&
      (!BARE_PASS_STATED.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)) || /[A-Za-z]/.test(v)) &&
      !(PASS_NUMBER.test(v) && BARE_PASS_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))),
    anchored: true,
    score: 0.75,
    samples: {
      positive: [
        // A type annotation between the name and =.
        '-    pos_password: str = "Blackcomb#Lift77"\n+    pos_password: SecretStr = Field(..., env="POS_PASSWORD")',
        // "is currently".
        'and the password is currently Nephron-Harefield-82 (changes on the 1st).',
        // A camelCase directive and its value after a space, in prose.
        'im Config-File steht bindDN cn=svc-insider,ou=svc,dc=mrx,dc=local und bindPassword Parkett#Wien2024 – müssen wir das ändern?',
        'The IT there said the PSK is SLMC-bmd!2025.',
        'MAIL_HOST=smtp.gmail.com\nMAIL_PASSWORD=mhzqvtrbxlkpwesa\n',
        `<authentication>\n  <source-password>${F.password}</source-password>\n  <adminPassword>${F.password}</adminPassword>\n</authentication>`,
        `{ "key": "dbPassword", "value": "${F.password}", "enabled": true }`,
        `<packageSourceCredentials>\n  <Feed>\n    <add key="Username" value="build" />\n    <add key="ClearTextPassword" value="${F.password}" />\n  </Feed>`,
        `remote_username plant_a\nremote_password ${F.password}\nbridge_cafile /etc/ssl/certs/ca.crt`,
        `password = "${F.password}"`,
        `  username                = "app"\n  password                = "${F.password}"`,
        `<server>\n  <id>releases</id>\n  <username>deploy</username>\n  <password>${F.password}</password>\n</server>`,
        `$pass = '${F.password}';`,
        `network={\n    ssid="Office"\n    psk="${F.password}"\n}`,
        "      password        => 'Kestrel)FAKE-5190'",
        `DB_PASSWORD=${F.password}`,
        `Password: ${F.password}`,
        `{"passwd": "${F.password}"}`,
        `the admin password is ${F.password} (please rotate it)`,
        `Set the VPN passphrase to ${F.password}.`,
        `pw: ${F.password}`,
        'DB_PASSWORD=$ca7wFAKEjQ?3UOPFz8',
        'password: hr_Vt.LhYIjzFAKE3Ja',
        `define( 'DB_PASSWORD', '${F.password}' );`,
        `port 6379\nrequirepass ${F.password}\nmaxmemory 2gb`,
        `    command: ["redis-server", "--requirepass", "${F.password}"]`,
        `[domain/CORP]\nldap_default_authtok_type = password\nldap_default_authtok = ${F.password}\nldap_tls_reqcert = demand`,
        'SMTP_HOST=smtp.gmail.com\nSMTP_PASSWORD=qwhd kzpt ymra elvb\nSMTP_PORT=587',
        'keystore.path = /etc/ssl/gaming.jks\nkeystore.storepass = kS7vRq2!Lmx9\nkeystore.keypass = kS7vRq2!Lmx9',
        'kind: Secret\ntype: Opaque\ndata:\n  HSM_PIN: S3g5IXZhdWx0LW9wcy1adWc=\n',
        `$pass = ConvertTo-SecureString "${F.password}" -AsPlainText -Force`,
        'the wifi password is sunshine99 for guests',
        'SSID PawCare-Staff, WPA2 key 7etf01yiqf5t. Please do not share it',
        '::LDAP\nURL ldaps://ldap.libcons.org/ou=patrons\nBindUser cn=ezproxy,ou=svc\nBindPassword Bind-Lib#4418\n/LDAP',
        '- Wi-Fi in the patrol hut: SSID PISTES-SECOURS, key Neige2025-Piste!',
        `$cred = New-Object PSCredential("CORP\\svc_backup", (ConvertTo-SecureString "${F.password}" -AsPlainText -Force))`,
        `$CFG->dbuser    = 'moodle_app';\n$CFG->dbpass    = '${F.password}';`,
        `mqttBroker: {\n    brokerUser: "scada_mast01",\n    brokerPass: "${F.password}"\n}`,
        `DataSource src = new DataSource();\nsrc.setUser("tms_app");\nsrc.setPassword("${F.password}");`,
      ],
      negative: [
        // A label naming both: the value after "pass:" is the user, the password follows the slash.
        'kiosk for the night staff? user/pass: intake-kiosk / NightShift#2207',
        'Set the bindPassword in the config file, not in the script.',
        // A named PIN of digits only (a SIM PIN, an id), a GPIO pin.
        'SIM_PIN=482913',
        'LED_PIN = 13',
        'Ordinaryo: ₱380 · Estudyante: ₱304 · Senior/PWD: ₱271.43\nKotse (hanggang 5 m): ₱2,150',
        '/interface wireless security-profiles\nadd authentication-types=wpa2-psk mode=dynamic-keys name=bus-wifi',
        'the PSK is too short for WPA3',
        'The number printed on the pass is 01-1614-7265-3421-0, which one do I type?',
        'admin_password rotated yesterday, see the runbook',
        '{ "key": "password", "value": "" }',
        'ssh deploy@app01 "DB_PASSWORD=\\$DB_PASSWORD ./deploy.sh"',
        "password: ''",
        'docker run --rm -v $PWD:/build -w /build node:20 npm test',
        '"redis_password": "%(db_password)s",',
        'mongodb+srv://<username>:<password>@cluster0.example.net/test',
        'password=changeme',
        'ADMIN_PASSWORD=changeme-in-vault',
        '{"event":"season_pass_issued","pass":"SP-25-004812","lift":"north"}',
        'the mail password is very long here, ask IT',
        'SMTP_PASSWORD: this will work fine',
        'login failed. but the password is correct!!',
        'the password is definitely wrong.',
        '{"event":"login_failed","reason":"bad_password","attempt":5}',
        'password = getenv("DB_PASSWORD")',
        'password = os.environ["DB_PASSWORD"]',
        'password: ${DB_PASSWORD}',
        'password = config.db.password',
        'password=dbPassword',
        'password: "********"',
        'passport: 12345678',
        'password: "minimum 8 characters"',
        'My password is too weak, how do I pick a good one?',
        'I need to reset the password to my account',
        'The password is stored in the vault.',
        'password: $DB_PASSWORD',
        "define( 'DB_PASSWORD', getenv('DB_PASSWORD') );",
        "login_form('password', 'Enter your password')",
        'WPA2 key management is used on the guest network',
        'proxy_bypass: internal-hosts-2024',
        'ds.setPassword(System.getenv("DB_PASSWORD"));',
        '{\n  "login.email": "Adresa de e-mail",\n  "login.password": "Parolă",\n  "login.forgot": "Ai uitat parola?"\n}',
      ],
    },
  }),
  cred({
    id: 'password_in_prose',
    label: 'Password (in a sentence)',
    placeholder: 'PASSWORD',
    description:
      'Passwords written in sentences: in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Czech, Turkish, Hungarian, Romanian, Estonian, Croatian/Serbian/Bosnian, Lithuanian, Latvian, Indonesian/Malay, Vietnamese, Ukrainian/Russian/Bulgarian, Macedonian, Slovenian, Swahili, Tagalog, Twi, Catalan, Basque, Galician, Albanian, Icelandic, Faroese, Afrikaans, Welsh, Luxembourgish, Romansh, Azerbaijani, Uzbek, Kazakh, Mongolian, Armenian, Kurmanji, Tatar, Turkmen, Persian, Pashto, Urdu, Arabic, Hebrew, Maltese, Amharic, Tigrinya, Hausa, Sesotho, Tswana, Xhosa, Esperanto, Breton, Occitan, Maori, Samoan, Tongan, Thai, Khmer, Burmese, Bengali, Hindi, Punjabi, Sinhala, Georgian, Chinese, Japanese and Korean ("das Passwort lautet …", "mot de passe : …", "contraseña: …", "la password è …", "lösenordet är …"), and English forms the assignment rule does not cover ("password for the admin console: …", "user x / password …"). Unless the value directly follows a ":" or "=" after the password word, it must look like a password: 8+ characters from three character classes.',
    // "secret": only as "shared secret …" (RADIUS, TACACS), written like a password.
    keywords: [...PROSE_PASSWORD_WORDS, ...PROSE_PASSWORD_WORDS_CJK, ...PROSE_CODE_EL, 'password', 'secret', ...PROSE_OLD_KEYWORDS, ...PROSE_PRONOUN_KEYWORDS],
    // Scandinavian words take their definite ending (lösenordet, adgangskoden); Italian and
    // Portuguese prose uses the English word ("la password è …"), Tagalog too, maybe with a possessive
    // ("password ko ay …": my password is …), and Twi with its article after the noun ("password no yɛ …"),
    // and Yoruba with a possessive ("password rẹ̀ ni …": his password is), and Maltese ("il-password tiegħi hija …": my password is),
    // and Cantonese / Mandarin code-switching ("password 係 …", "password 是 …").
    // Indonesian and Malay may end the English word's phrase with "saya" (my) and no verb: "Password
    // akun crewlink saya Garuda_77sky" (the value must still look like a password).
    // Up to sixteen words may sit between the password word and its verb (PROSE_PHRASE); a colon
    // inside a bracketed aside ends no label ("hasło do systemu (login: bank.gamet.krk) to …"). Turkish
    // possessives (şifreniz, şifrem; normalisation has already folded a dotless ı to i). A value may stand in brackets ("password (Bkp-Svc#2019!)");
    // CJK sentence punctuation ends it; Japanese corner brackets quote it ("仮パスワード「…」で"); a bracketed
    // aside may stand between the word and the value ("கடவுச்சொல் (app password) qvtr mzkp …"). A spaced dash (hyphen, en or em dash) ends the phrase, after up
    // to two short words ("დროებითი პაროლი კი — …", the temporary password, as for it — …).
    // Each alternative that opens with a lookbehind first checks, with a lookahead, the word it ends in
    // ("(?=κωδικός)(?<=…)κωδικός"): the rule is tried at every keyword ("the same", "the new"), and a
    // lookbehind walking 80–120 characters back at each of them cost the rule 3× its time.
    pattern: `(?:(?:(?<![\\p{L}\\p{N}_$])(?:${PROSE_PASSWORD_WORDS.map(escapeRe).join('|')})(?:et|en|n|a|si|nya|niz|iniz|m|miz|xa|qa|la)?|(?<=\\p{L}{2})(?:kennwort|passwort)|(?:${PROSE_PASSWORD_WORDS_CJK.join('|')})(?:는|은|가|이|は|是|为|為|係|${PROSE_THAI_AFTER}|[\u1780-\u17FF]{0,40}?គឺ|က)?)(?:[ \\t]+(?:${PROSE_FOR})[ \\t]+(?:[^\\n:=(]|\\([^()\\n]{0,40}\\)){1,60}?(?:[ \\t]*[:=]|[ \\t]+-(?=[ \\t])|${PROSE_VERB})|${PROSE_SOURCE}|${PROSE_LABEL}[ \\t]*[:=՝፡፦]|${PROSE_PHRASE}${PROSE_VERB}|${PROSE_PHRASE}[,:][ \\t]+(?:${PROSE_COMMA_VERBS})(?=[ \\t])|${PROSE_FOR_VALUE}|[ \\t]+(?:${PROSE_TEMP})${PROSE_TEMP_VERB}(?=[ \\t])|${PROSE_STILL}|${PROSE_FA_SOV}|${PROSE_HY_SOV}|(?:[ \\t]+[^\\s:=.!?,;\\-–—]{1,12}){0,4}?[ \\t]+[-–—](?=[ \\t])|,(?=[ \\t]+[^\\s,]{6,127},)|[ \\t]+(?:admin|root|administrateur|administrador|amministratore|wifi|wi-fi)(?=[ \\t])|[ \\t]+\\([^()\\n]{1,40}\\)(?=[ \\t])|(?=[ \\t]|[「『]))|(?<![\\p{L}\\p{N}_])(?:${PROSE_CODE_EL.join('|')})(?:[ \\t]+(?:${PROSE_CODE_EL_BETWEEN.join('|')}|[A-Za-z][\\w.-]{0,24})){0,7}?[ \\t]+(?:${PROSE_CODE_EL_VERB.join('|')})(?=[ \\t])|(?=(?:${PROSE_CODE_EL.join('|')}))(?<=(?:${PROSE_CODE_EL_UNLOCKS.join('|')})[ \\t]+)(?:${PROSE_CODE_EL.join('|')})(?=[ \\t])|(?=(?:${PROSE_CODE_EL.join('|')}))(?<=(?<![\\p{L}])(?:${PROSE_CODE_EL_NEW.join('|')})[ \\t]+)(?:${PROSE_CODE_EL.join('|')})[ \\t]*:(?=[ \\t])|(?=(?:${PROSE_CODE_EL.join('|')}))(?<=(?:${PROSE_CODE_EL_ACCESS.join('|')})[^.\\n]{0,40}?[ \\t](?:${PROSE_CODE_EL_WITH.join('|')})[ \\t]+)(?:${PROSE_CODE_EL.join('|')})(?=[ \\t])|(?=(?:${PROSE_CODE_EL.join('|')}))(?<=(?:${PROSE_CODE_EL_USER.join('|')})[ \\t]*:[^\\n:]{1,60})(?:${PROSE_CODE_EL.join('|')})[ \\t]*:(?=[ \\t])|(?=(?:${PROSE_CODE_EL.join('|')}))(?<=(?:${PROSE_CODE_EL_USER.join('|')})[ \\t]+[^\\s,;:()]{1,40}[ \\t]*[,;(][ \\t]*)(?:${PROSE_CODE_EL.join('|')})(?=[ \\t])|(?=${PROSE_OLD_ONE})(?<=(?:${PROSE_OLD_AFTER.join('|')})[^\\n]{1,80})${PROSE_OLD_ONE}(?=[ \\t])|(?=${PROSE_PRONOUN})(?<=(?:${PROSE_OLD_AFTER.join('|')})[\\s\\S]{1,120})${PROSE_PRONOUN}(?=[ \\t])|(?=(?:${PROSE_CHANGED_SLAVIC_WORDS.join('|')}))(?<=(?:${PROSE_CHANGED_SLAVIC.join('|')})[ \\t]+)(?:${PROSE_CHANGED_SLAVIC_WORDS.join('|')})[^.\\n:=]{0,60}?[ \\t]+(?:${PROSE_CHANGED_SLAVIC_TO.join('|')})(?=[ \\t])|(?=(?:${PROSE_CODE_EL.join('|')}))(?<=(?:${PROSE_CODE_EL_CHANGED.join('|')})[^.\\n]{0,40})(?:${PROSE_CODE_EL.join('|')})[^.\\n:=]{0,40}?[ \\t]+(?:${PROSE_CODE_EL_TO.join('|')})(?=[ \\t])|(?<![\\p{L}\\p{N}_=])(?:password|(?<=shared[ \\t])secret)(?:[ \\t]+(?:${PROSE_TEMP})${PROSE_TEMP_VERB}(?=[ \\t])|(?:[ \\t]+(?:${PROSE_TEMP}|${PROSE_POSSESSIVES}))?[ \\t]+(?:${PROSE_OF})[ \\t]+[^\\n:=]{1,100}?(?:[,:][ \\t]+(?:${PROSE_COMMA_VERBS})(?=[ \\t])|[ \\t]*:|[ \\t]+(?:is|was|(?:should|will|would|must|shall)[ \\t]+be|è|é|e|es|ist|est|ay|ni|adalah|ialah|(?:changed|set|reset|updated)[ \\t]+to)(?![\\p{L}\\p{N}_])${PROSE_NOW}(?=[ \\t]+["'\`«„“]?[^\\s"'\`]*[\\d!#$%&*+=?@^_~]))|(?:[ \\t]+[^\\s:=.!?,;"\`(]{1,25}){1,8}?[ \\t]+(?:adalah|ialah|mooy|saya)(?=[ \\t])|[ \\t]+(?:was|is|were|got|has[ \\t]+been|had[ \\t]+been)(?:[ \\t]+[^\\s:=.!?,;"\`(]{1,25}){0,6}?[ \\t]+as(?=[ \\t])|(?:[ \\t]+(?:${PROSE_POSSESSIVES}|no))?[ \\t]+(?:è|é|e|hai|ay|ni|yɛ|hija|huwa|係|是)(?=[ \\t])|[ \\t]+[^\\s:=.!?,;"\`(]{1,25}(?:[ \\t]+[^\\s:=.!?,;"\`(]{1,25}){0,5}?[ \\t]*:|(?:[ \\t]+[^\\s:=.!?,;\\-–—]{1,12}){0,4}?[ \\t]+[-–—](?=[ \\t])|(?=[ \\t])))[ \\t]*(?:\\((?=[^\\s()]{5,127}\\)))?(?:["'\`“„‘「『]|«[ \\t\u00a0]?)?((?:[a-z]{4} ){3}[a-z]{4}(?![\\p{L}\\p{N}])|(?:[^\\s"'\`。、(「」『』${CJK_LETTERS}]|\\((?![^)\\n]{0,40}[${CJK_LETTERS}])){5,127}(?:[^\\s"'\`;,.?()\\]}。、։।።「」『』؟،${CJK_LETTERS}]|\\?(?![\\s"'\`)]|$)))`,
    flags: 'giu',
    secretGroup: 1,
    minEntropy: 2,
    // `ConvertTo-SecureString $Password -AsPlainText`: a variable, then a command-line flag.
    // A Google app password (four groups of four letters) with an app or mail word before it.
    validate: (v, ctx) =>
      v.includes(' ')
        ? appPasswordShape(v) && APP_PASSWORD_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))
        : v.length >= 6 && plausiblePassword(v, ctx) && !/^-{1,2}[A-Za-z]/.test(v) && !REFERENCE_CODE.test(v) && !PROGRAMMING_NAME.test(v) && (assignedInProse(ctx) || passwordLike(v) || wifiKey(v, ctx) || statedBeforeCopula(v, ctx)),
    anchored: true,
    score: 0.75,
    samples: {
      positive: [
        // Swiss German "es isch" after a comma.
        'S\'Tablet im Hangar het es nöis Passwort, es isch Eiger-Nordwand_417, und mer söll\'s nöd ufschriibe.',
        // "now it is" after a colon, past the phrase's own copula.
        'Ricordo che la password del portale di visione è cambiata: ora è Moviola#1968-Teche.',
        // A bracketed aside between the word and a spaced app password.
        'Gmail: donorcare@example.com, கடவுச்சொல் (app password) qvtr mzkp hwye lsbn. வேலை செய்யவில்லை',
        // RU от / UK до after the password word; "now it is" after a comma.
        'Пароль от учётки экспортного отдела Mikroshema_2025!, логин export_lic.',
        '«Пароль до спільної поштової скриньки Wohngeld-Ukraine — Soniashnyk#7Kyiv. Не пересилай його далі»',
        'A senha do computador da sala de alta mudou, agora é Jabuticaba#Alta9. Usuário: alta.maternidade.',
        // A long phrase with an aside after the English word and a preposition.
        'Ciao, la password del portale proprietari (dove i locatori dei terreni per le torri scaricano le fatture) è Traliccio_Puglia22, utente locatori.sud.',
        // "Antes era" taking up a password named before.
        'La tablet pide la contraseña de la app de inventario. Antes era Trasllat.2024! pero dice que no es correcta.',
        // Arabic "is still".
        'وهل كلمة مرور شبكة الواي فاي في المختبر ما زالت Makers@Riyadh24؟',
        // Greek new code:; PT "informei" after the comma.
        'Ο κωδικός πρόσβασης του τερματικού σας επαναφέρθηκε. Νέος κωδικός: Tyxi-Ter4921. Παρακαλούμε αλλάξτε τον.',
        'Obs.: técnico de campo pediu a senha de manutenção, informei Manut#4412 por telefone.',
        // Japanese corner brackets.
        '本文：先週いただいた仮パスワード「Kuron-Fuji#48」でログインすると表示されます。',
        // The shared one, in brackets.
        'Our staff password for the portal admin is still the shared one (LibertyKnot2023!) – I know.',
        // Kazakh's word written as one.
        'логин ombor_almaty3, құпиясөз Alatau!Qoima2024. Осыны орыс тіліне аударып бер.',
        // Amharic's word without its article prefix.
        'የጉምሩክ ፖርታል ይለፍ ቃል Addis-Buna2024 ነው፣ ግን አይሰራም።',
        // Swahili's "ya" (of) after the English word.
        'Kwa taarifa, password ya account yangu ni Kisumu@4471 (nitabadilisha).',
        // Québec's "c'est rendu" (it is now) after a comma.
        'Le mot de passe du portail pièces a changé aussi, c\'est rendu Traversier-Levis_2024.',
        // Swiss German's old one; an adjective in the old one; a pronoun after a prompt or a named password; a quoted name in the phrase; seven words in Greek.
        'Chan mer öpper sägä wie ich s Passwort vom Controller zruggsetze? Ds alte isch Bergbahn#41 gsi, aber das gaht nümm.',
        '- 12:30 all staff passwords reset; the old shared one (`Riverside2023!`) is banned',
        'admin@10.40.2.15\'s password:\nPermission denied, please try again.\n\nWe changed it yesterday to Gondel-Bahn_2024 — is the user locked?',
        'Die Maschine fragt nach dem Servicepasswort, laut Zettel im Schrank ist es Filter-9-Wartung. Darf ich das benutzen?',
        'הסיסמה החדשה לתיקייה המשותפת של תיק "אלמוג" היא Almog#Case31 ואני רוצה להזכיר',
        'στο γραφείο ο κωδικός για το email του booking desk είναι Volos!2024. Μπορείς να βοηθήσεις;',
        // EL: access with the code.
        'ο τοπογράφος είχε πρόσβαση στο σύστημα με τον κωδικό Meteora#Gis2021 μετά τη λήξη της σύμβασης.',
        // Cantonese code-switching: the English word and 係 (is).
        '香港店嘅 POS login 係 hkg.stores，password 係 Kaitak-747!Rw，第一次入完記得改咗佢。',
        // "the old one" with the value in brackets right after it, the password named earlier on the line.
        '- 02:31 root cause: replication user password had been rotated in Vault but not on the replica; the old one (`Tow-Repl-2024!`) was still in recovery.conf',
        // Possessives with no verb (ID, Gulf Arabic), HY's copula last, UK "changed … to", Hinglish's dash.
        'Tolong balas: "Kata sandi saya Kemang_Cas77, tapi aplikasi bilang akun diblokir."',
        'كتب لنا: "كلمة المرور حقي Olaya!Shahn2024 وما أقدر أسجل دخول من أمس."',
        'Հավելվածի գաղտնաբառս Ararat_Charge21 է, բայց չի աշխատում։',
        'Πρόσβαση στο SCADA με τον λογαριασμό om_kozani (κωδικός Kozani!Pv77) για απομακρυσμένη απενεργοποίηση.',
        // HI's copula last, after a value of letters and digits; PL/RU the participle after the word.
        'राउटर के एडमिन पेज का पासवर्ड sk4417adm है, नया वाला नहीं।',
        'Zgłoszenie: panel admin hasło zmienione na Zielinska#Net7 po audycie.',
        'пароль изменён на Kazan_2024! после проверки',
        '«Я змінила пароль до системи відстеження інструментів на Kyiv_Sterylno88, бо старий заблокувався.»',
        'Bhai CRM ka naya password aaya hai IT se — Noida@Recovery77 — lekin login nahi ho raha.',
        // KA: the topic particle კი after the word (and the password, …), no dash.
        'ანგარიშის მომხმარებელია broker_tbs, პაროლი კი Magniti!Tbilisi24. პირველივე შესვლისას შეცვალეთ.',
        // A bracketed aside (with a colon) between the word and the verb.
        'Chodzi o to, że hasło do systemu rejestru dawców (login: bank.gamet.krk) to Komorka#Jajowa2025 i trzeba je zresetować.',
        `ní English àti Yorùbá: password tuntun fún dashboard àwọn oníbàárà ọtí wa ni ${F.password}, kò gbọdọ̀`,
        `"I-password entsha ye-Wi-Fi yasehhovisi labahlengikazi ithi ${F.password} – ningayiniki izivakashi."`,
        `Vaktmaðurinn skráði sig inn á jump01 með lykilorðinu ${F.password} sem er enn skrifað á töfluna`,
        `admin-siden er http://10.44.0.1, bruker vsatadmin, passordet er nå ${F.password} (det gamle var Havhest2022!, ikke bruk det lenger)`,
        `ലോഗിൻ നമ്പർ ആണ്, താൽക്കാലിക പാസ്വേഡ് ${F.password} ആണ്, ആദ്യ ലോഗിനിൽ മാറ്റണം.`,
        `ناوی تۆڕی وایفای کارمەندان Care-Staff ـە و وشەی نهێنییەکەی ${F.password} ـە.`,
        `VPN: vpn.olp-yard.gr, χρήστης: rtg_service, κωδικός: ${F.password}. Μπορείς να το γράψεις`,
        `ọrọ igbaniwọle igba diẹ ni ${F.password}. Wọn gbọdọ yi pada`,
        `login atlas و le mot de passe dyalo ${F.password}. كتبهالي بالدارجة`,
        `TeamViewer läuft, Sitzungskennwort ${F.password}. Ansprechpartnerin vor Ort`,
        `Username-keeda waa "hodan.cali" password-ka ku meel gaarka ahna waa ${F.password}. Ii qor fariin`,
        `ID は lighting-admin、初期パスワードは ${F.password}（納品業者が月末に変更予定）`,
        `Ulanyjy ady "mary.ofis" we paroly ${F.password} — dünden bäri`,
        `identifiant bi mooy "magal2025.groupe" te mot de passe bi mooy ${F.password}. Ñu soppi ko`,
        `login agent3, w lmot de passe howa ${F.password}, khasso ybdlo mli ydkhol`,
        `ୟୁଜର୍ ନେମ୍ rm.bbsr04 ଏବଂ ପାସୱାର୍ଡ ହେଉଛି ${F.password} — ପ୍ରଥମ ଲଗଇନ୍ ପରେ`,
        `መእተዊ ስም reception.asmara እዩ፡ ፓስዎርድ ድማ ${F.password} እዩ።`,
        `maqaa fayyadamaa adama.store fi jecha icciitii ${F.password} fayyadami.`,
        `Ny tenimiafina WiFi eo amin'ny toeram-piantsonana dia ${F.password}. Aza omena olon-kafa.`,
        '次のアカウント（ID: KLS-UK-009 / パスワード: Kst#5520uk）で資料をダウンロードしてください。',
        'Ang password ng tablet sa Ward 2 ay Glenmore@Ward2, wag ibigay sa agency staff',
        'Username ko ay rdelacruz.galley tapos yung password ko ay Sampaguita@1987 — tama naman po',
        'Boa me na kyerɛw nkra yi: Username yɛ yaw.mensah, na password no yɛ Kwahu-Trotro!84. Sesa no ntɛm.',
        'Brukarnamnet er framleis fjord.ops og passordet er no Laksetrapp!5521 - byt det ved fyrste innlogging.',
        'نام کاربری مشترک تیم «survey_herat» است و رمز عبور آن Minaret!Herat1403 است.',
        '- Νέο τάμπλετ EFB, κωδικός πρόσβασης προσωρινά Ikaros!2025Efb μέχρι να γίνει η σύνδεση',
        'Uso la password per le app che mi ha generato Google: qkvt mzra hwpl ebdn. Devo metterla senza spazi?',
        "Cuir glas ar an ríomhaire. An pasfhocal: Fuinseog!Lios47. Ná tabhair d'éinne é.",
        "agus is e am facal-faire ùr Bàta-Gorm-2024. Na sgrìobh sìos e.",
        'TC kimlikle girip şifre olarak Kadikoy.4419 yazıyorum ama hata veriyor.',
        'Bruger: operatør2\nKode: Pasteur72!Linje3',
        'uporabnik je admin, geslo pa Gams-Vrh-4418. Naj ga po posegu zamenja.',
        'Die iDRAC se wagwoord is teruggestel na Protea-Kloof-88, maar moenie dit deel nie.',
        'with the shared facilities account fac_ops, password Chiller#Hall2B (finding: shared account)',
        `Das Passwort lautet ${F.password} – bitte nicht weitergeben.`,
        `Das Passwort für das ELSTER-Zertifikat ist übrigens ${F.password}, falls Sie es brauchen.`,
        `usuario lab.fase2 y la contraseña provisional ${F.password}; el sistema pide cambiarla`,
        `- Tijdelijk wachtwoord dashboard voor de invalkracht: ${F.password} (wordt morgen gereset).`,
        `اسم المستخدم: ops_lab والرقم السري المؤقت ${F.password} ولازم يغيره`,
        `Kennwort: ${F.password}`,
        `le mot de passe est ${F.password}`,
        `mot de passe : ${F.password}`,
        `usuario admin, contraseña: ${F.password}`,
        `a senha é ${F.password}`,
        `het wachtwoord is ${F.password}`,
        `hasło: ${F.password}`,
        `Temporary password for the staging console: ${F.password}`,
        `the password for the reporting admin account is ${F.password}, do not share`,
        `login deploy / password ${F.password} (rotate after the demo)`,
        `la password è ${F.password} e va cambiata`,
        `lösenordet är ${F.password}`,
        `adgangskoden er ${F.password}`,
        `heslo je ${F.password}`,
        `όνομα χρήστη m.papadaki και ο κωδικός είναι ${F.password}, να τον αλλάξει`,
        `كلمة السر المؤقتة اللي أعطوني إياها كانت ${F.password} وما اشتغلت`,
        `Username: pp.surabaya03, password sementara ${F.password}. Mohon segera diganti.`,
        `아이디 ops_admin / 비번 ${F.password} 이걸 영어로 써줘`,
        `Meanwhile: user svc_backup, pw ${F.password}`,
        `பயனர் பெயர்: chennai_zone4, கடவுச்சொல்: ${F.password}. முதல் உள்நுழைவில் மாற்றவும்.`,
        `btw lozinka za arhivski skener je i dalje ${F.password} ako neko treba`,
        `felhasználó: admin, a jelszó: ${F.password}`,
        `parola este ${F.password}`,
        `parool on ${F.password}`,
        `Wi-Fi şifresi: ${F.password}`,
        `server ka password hai ${F.password}, kisi ko mat batana`,
        `korisnik: marko, lozinka je ${F.password}`,
        `akun: kasir, kata sandinya ${F.password} ya`,
        `tài khoản admin, mật khẩu: ${F.password}`,
        `naudotojas: jonas, slaptažodis ${F.password}`,
        `логін: admin, пароль ${F.password}`,
        `оператор увійшов під обліковкою admin з паролем ${F.password} з пульта`,
        `სასამართლოს ვიდეოკონფერენციის ოთახის პაროლია ${F.password}. შეხვედრა იწყება 10:00-ზე.`,
        `ЛОГИН: ADMIN, ПАРОЛЬ: ${F.password}`,
        `akaunti yako: nenosiri ni ${F.password}`,
        `el usuario es VENTAS_NORTE y la clave es ${F.password}, cámbienla pronto`,
        `tài khoản ketoan01, mật khẩu mới là ${F.password} nhé`,
        `User OPS_BATCH7, pwd ${F.password} – locked since Monday`,
        `WLAN-Passwort laut Aushang ${F.password} (gilt bis Juni)`,
        `Benutzer KASSE3, Initialpasswort ${F.password} – beim ersten Login ändern`,
        `ang password ay ${F.password} para sa kiosk`,
        `kata laluan baharu ialah ${F.password}`,
        `la contrasenya és ${F.password}`,
        `паролата е ${F.password}`,
        `初始密码是 ${F.password}，请修改`,
        `비밀번호는 ${F.password} 입니다`,
        `رمز عبور: ${F.password}`,
        `পাসওয়ার্ড ${F.password}, কাউকে দেবেন না`,
        `והסיסמה היא ${F.password} — נא להחליף`,
        `وكلمة المرور: ${F.password}`,
        `รหัสผ่าน ${F.password} กรุณาเปลี่ยน`,
        `ชื่อผู้ใช้ admin_khaoyai รหัสผ่านใหม่คือ ${F.password} ให้ใช้ได้ตั้งแต่วันจันทร์นี้`,
        `indirizzo della casella lo sa già, la password iniziale è ${F.password} e va cambiata entro 48 ore.`,
        'gmail.com વાપરજો. તેનો એપ પાસવર્ડ qzxm hkwb tpla vrne છે, તે કોઈને શેર ન કરતા',
        `логін — ім'я.прізвище, тимчасовий пароль для всіх новеньких цього тижня — ${F.password}, після першого входу`,
        `Gamla lykilorðið var ${F.password} og það virkar ekki lengur`,
        `Vanha salasana oli ${F.password} – missä kohtaa konfiguraatiota se pitäisi päivittää`,
        `Логин: b.asanova, убактылуу сырсөз: ${F.password}. Кирген соң сырсөздү алмаштырышы керек.`,
        `"Mae'r cyfrinair newydd ar gyfer y system archebu yn ${F.password}. Peidiwch â'i rannu gyda neb."`,
        `ကုမ္ပဏီ Instagram အကောင့်ရဲ့ password အသစ်က ${F.password} ဖြစ်ပါတယ်။`,
        `Okwuntughe ọhụrụ maka akaụntụ YouTube nke ụlọ ọrụ anyị bụ ${F.password}. Ejila ya kesaa onye ọ bụla.`,
        `Login «wfj_logger» und s Passwort isch ${F.password}, IP vom Logger`,
        `sunan mai amfani "kar" kuma kalmar sirri ita ce ${F.password}. Ta canza ta`,
        `magaca isticmaalaha "habeen" erayga sirta ahna waa ${F.password}. Fadlan`,
        `帳戶名係 "interp_kwong"，密碼係 ${F.password}，叫佢第一次登入之後即刻改。`,
        `- Άλλαξα προσωρινά τον κωδικό του NVR σε ${F.password} για να κατεβάσουμε το βίντεο`,
        `ناوی بەکارهێنەر cmm_operator ە و وشەی نهێنی ${F.password} بوو، بەڵام`,
        `bikita: farm_admin, ọ̀rọ̀ aṣínà rẹ̀ ni ${F.password}, ṣùgbọ́n kò`,
        `Ispravio sam antenu kod klijenta, šifra za servisni meni ${F.password}, resetovao sam pretplatu.`,
        'la contraseña de aplicación de Gmail, que es qmtw hzkr bpvn xlea, pero me sigue diciendo que no',
        `«Пароль от панели мониторинга в корпусе Б сменили, теперь он ${F.password}. Логин прежний»`,
        `وكلمة السر الجديدة لبوابة الفواتير اللي طلبها قسم المشتريات: ${F.password}`,
        `اسم المستخدم: dealer.karbala07\nالباسورد: ${F.password}\nوكل مرة`,
        'اسم المستخدم plant_ras والباسوورد Khaimah#Kiln2026 — قوله يغيره بعد أول دخول.',
        'ລະຫັດຜ່ານເຂົ້າລະບົບສິນເຊື່ອໃໝ່ແມ່ນ Savan@Credit26 ແລະໃຫ້ປ່ຽນພາຍໃນ 3 ມື້.',
        'আগের অ্যাডমিন বলেছিল লোকাল অ্যাডমিন পাসওয়ার্ড হলো Sylhet#Trial2026। ধাপে ধাপে লিখে দাও।',
        'a hűtőkamra webes felületére a jelszó mostantól Fagy-4-8fok!, a felhasználónév maradt admin.',
        'Sabon kalmar sirri shine Tururi#Zafi44 kuma sunan mai amfani "admin".',
        'ናይ ቦታ ምዝገባ ኢመይል ኣካውንት ቃል ምስጢር Keren#Adarash7 እዩ፣ ሰሙን ሰሙን ክንቕይሮ ኢና።',
        'geavaheaddjinamma lea ravdna.gaup ja beassansátni lea Boazu-Guovdageaidnu9. Molsso dan.',
        'ruraq sutiyki k.mamani, pakasqa rimayniyki Inti-Raymi-0623. Ama pimanpas qunkichu.',
        'Anarana: r.rakoto, ny teny miafina dia Vary-Sosoa-812. Ovay izany.',
        "Izina: j.uwimana / ijambo ry'ibanga: Kigali-Amazi-73. Uzarihindure.",
        'ستاسو کارن نوم kabul.liaison دی او پاسورډ Paghman!9027 دی، لومړی ځل یې بدل کړئ.',
        'Ubu ijambobanga rya portal ya reconciliation ni Huye#Sacco2026 kandi ryahawe abantu benshi.',
        "The vendor's remote session password was also in the ticket history: Optom!Remote2026 (changed at 09:30).",
        'کارن نوم یې field.kunar7 او پاسورډ یې Kunar#Valley4471 دی. مهرباني',
        'Şîfreya nû Amed-Mardin!2026 e. Ji kerema xwe peyamekê binivîse.',
        'Wọ́n ti ṣí account "broker_ib_0417", password rẹ̀ ni Adunni@Ledger77. Ṣé a lè tún un ṣe',
        'ဆေးရုံ portal စကားဝှက်က Mandalay#Plasma9 ပါ။',
        'ช่วยแปล: "รหัสผ่าน Wi-Fi สำหรับพนักงานที่ยิมสาขาสีลมคือ Boulder@Silom77 ห้ามบอกสมาชิกนะคะ"',
        `utilizator: birou.notarial, parolă: ${F.password}. Vă rog să o schimbați`,
        `ຈຸດຮັບຜ້າມີລະຫັດຜ່ານໃໝ່ແລ້ວ: ${F.password} ຢ່າບອກຄົນຂັບລົດ`,
        `It wachtwurd fan it dashboard fan de dielfytsen is ${F.password} — feroarje it`,
        `furaha sirta ah ee app-ka rakibaadda: ${F.password}\nWuxuu bilaabayaa`,
        'ہمارے Gmail اکاؤنٹ سے انوائسز بھیجنی ہیں۔ میں نے اس کے لیے ایپ پاس ورڈ بنایا ہے: qzmt bwrk hnxe pdla — کیا',
        `యూజర్ నేమ్ intern.hyd, తాత్కాలిక పాస్‌వర్డ్ ${F.password}. మొదటి లాగిన్ తర్వాత మార్చండి`,
        `Η αποθήκη εργαλείων ξεκλειδώνει με τον κωδικό ${F.password}. Κάθε εργαλείο καταγράφεται.`,
        `og lykilorðið er ${F.password}`,
        `a'r cyfrinair yw ${F.password}`,
        `Dw i wedi anghofio: fy nghyfrinair i ydy ${F.password} ers mis Mai`,
        `Nenosiri la akaunti ya mfumo wa malipo ya wateja wa tawi la Arusha: ${F.password}. Asante`,
        `Mia pasvorto estas ${F.password} por la retejo`,
        `fjalëkalimi im i ri për sistemin e pranimeve është ${F.password} por nuk më lejon`,
        `Le serveur a le mot de passe admin « ${F.password} », je dois le transmettre`,
        `Password wifi gudang kami adalah ${F.password} ya`,
        `the shared login's password was read out in the meeting as ${F.password}, change it`,
        `No recuerdo cómo cambiar la contraseña del portal de proveedores. La actual es ${F.password} y caduca pronto`,
        `El sistema me pide otra vez la contraseña. La mía es ${F.password} y no entra`,
        `mi usuario es oficial.tela2 y la contraseña que me dieron fue ${F.password} pero no entra`,
        `Wataingia kwa jina la mtumiaji muuguzi.juma na nenosiri la muda ${F.password}. Asante`,
        `The temporary password for the hangar tablet should be ${F.password} until Monday`,
        `Password bi ma def ci portal bi mooy ${F.password}, waaye du dox`,
        `Halo. Password akun crewlink saya ${F.password} tapi tetap gagal login setelah reset.`,
        'Στοιχεία: χρήστης k.papadaki, κωδικός Revma_Thess#2024. Να τον αλλάξει.',
        'অ্যাপ পাসওয়ার্ড সেট করেছি: vqrk mzpt hwda lcjf — এটা দিয়ে লগইন হচ্ছে না',
        `- كلمة مرور بوابة الموردين: ${F.password}`,
        `ang password ko sa payroll portal ay ${F.password} pero ayaw`,
        `Salasanani on ${F.password} enkä pääse sisään`,
        `Il-password tiegħi hija ${F.password} għas-sistema`,
        `ពាក្យសម្ងាត់របស់ខ្ញុំគឺ ${F.password} សម្រាប់ប្រព័ន្ធ`,
        `la contraseña nueva de la cuenta compartida de soporte es ${F.password} desde hoy`,
        `het wachtwoord voor de vergaderruimte op de derde is nu ${F.password}`,
        `das Passwort vom gemeinsamen Drucker im Flur ist jetzt ${F.password}`,
        `la password del server di backup in sede è ${F.password}`,
        `a password do roteador do escritório é ${F.password}`,
        `Utilizador: ferrolink.sines, a palavra-passe é ${F.password} e deve ser alterada`,
        `et le mot de passe c'est ${F.password} depuis lundi`,
        `[connexion]\nutilisateur = sigl_app\nmot_de_passe = ${F.password}`,
        `istifadəçi adı: r.aliyev, şifrə isə ${F.password}. İlk girişdən sonra dəyişin`,
        `an d'Passwuert ass ${F.password}. W.e.g. ännert et`,
        `a felhasználónév KSZ-2024-0871, a jelszó pedig ${F.password}. Kérjük, változtassa meg`,
        `یوزر نیم: reception.lhr3 اور پاس ورڈ ${F.password} ہے۔`,
        `የተጠቃሚ ስም tigist.b ነው፣ የይለፍ ቃሉ ደግሞ ${F.password} ነው።`,
        `Wi-Fi: GuestNet ហើយពាក្យសម្ងាត់គឺ ${F.password} ។`,
        `Per il WLAN-SCUOL, la pled-clav è ${F.password}. Per plaschair betg scriver`,
        `админ цэсний нууц үг нь ${F.password} байгаа`,
        `පරිශීලක නාමය registrar02 වන අතර මුරපදය ${F.password} වේ.`,
        `Wi-Fi ցանցը NHM-Guest-2, գաղտնաբառը՝ ${F.password}։`,
        `логин — lab_aigerim, құпия сөз — ${F.password}, бірінші кірген соң ауыстырсын`,
        `ਯੂਜ਼ਰ ਨਾਮ nakodar_mcc ਹੈ ਅਤੇ ਪਾਸਵਰਡ ${F.password} ਹੈ।`,
        `sunan mai amfani shine kd_agent_2291, kalmar sirri kuma ${F.password}.`,
        `le compte était verrouillé ; le mot de passe, ${F.password}, figurait en clair dans la procédure`,
        `Wi-Fi ji bo mêvanan: KlinikMevan — şîfre: ${F.password}. Ji kerema xwe`,
        `ستاسو لنډمهاله پټنوم مو ${F.password} دی.`,
        `ስም ተጠቃሚ፡ saba.t መሕለፊ ቃል፡ ${F.password} እዩ።`,
        `ဝိုင်ဖိုင်အမည် - ClinicGuest\nစကားဝှက် - ${F.password}`,
        `og at loyniorðið til admin-panelið hjá liðleiðarunum er ${F.password}.`,
        `Iphasiwedi entsha ye-Wi-Fi yabasebenzi ngu-${F.password}. Musani ukuyinika iindwendwe.`,
        `lebitso la mosebedisi ke thabo.m, phasewete ya hao ke ${F.password} . E fetole`,
        `Itilizatè "resepsyon_jakmel", epi modpas la se ${F.password}. Pa bay pasyan yo modpas la.`,
        `Sistemaru mantañataki: Contraseñaxa akawa: ${F.password}. Jan yaqha jaqiruxa churamti.`,
        `the password was on a sticky note: ${F.password} (now changed)`,
        `the wifi password for agency nurses changed to ${F.password}.`,
        `mot de passe provisoire : ${F.password}`,
        "Le support a réinitialisé son compte avec le mot de passe temporaire Archive-2026! qu'il doit changer.",
        `Hasło do drukarki na 2. piętrze to ${F.password}, nie zmieniać`,
        `برای ورود از نام کاربری mina.k استفاده کن. رمز عبور موقتت ${F.password} هست و بعد از اولین ورود باید عوضش کنی.`,
        `رمز عبور جدید ${F.password} است`,
        `گذرواژه پیش‌فرض ${F.password} است، حتماً تغییرش دهید`,
        'Пароль PPPoE: Vx7-Tk2q-Lm9\nWi-Fi: Lumen_48 / пароль zima2025kv48',
        'der Upload klappt nicht. Ist das Passwort noch Falzbogen!4471? Und bitte die Rechnung anpassen.',
        '[afladagbok]\nuser = eftirlit_les\nlykilord = Þorskur-2024!Ks',
        "Allô, mon compte est barré. L'ancien mot de passe c'était Lin-Naturel-2024, pis j'ai essayé le nouveau.",
        '"WiFi voor de mecaniciens: Ridgeline-Werkplaats, paswoord Schokbreker-2025. Den router zelf niet aankomen."',
        'სარეზერვო სისტემაში დროებითი პაროლი კი — Mtatsminda#19. უნდა შეცვალოს.',
        '・環境制御PCのリモート接続：業者用アカウント vendor_osaka、パスワードは Sakura-Rack#33（3月末で失効）',
        'ο κωδικός διαχειριστή για το portal είναι Αλιεία!Πειραιάς24. Πώς τον αλλάζω;',
        'رمز عبور ایمیل مشترک واحد Panah@Shiraz1403 است و در گروه فرستاده شده.',
      ],
      negative: [
        // The phrase's own copula before a plain word.
        'Ricordo che la password del portale di visione è cambiata ieri sera.',
        // Corner brackets around words, not a password.
        'パスワード「変更してください」と表示されました。',
        // The same one, no value in brackets after it.
        'The password is the same one as last year, ask IT if you forgot it.',
        // A runtime's name after "kode" (code).
        'Tolong buatkan contoh kode Node.js-nya ya, pesannya dalam Bahasa Indonesia.',
        // A pronoun before no password.
        'Passwort vergessen, laut IT ist es kein Problem.',
        'The password policy changed last week; we changed it to 12 characters.',
        // An account's product code in brackets: a word, no password.
        'λογαριασμός 4471 (κωδικός προϊόντος AB-5512)',
        // A word before the copula (is wrong), a new one without a value.
        'राउटर का पासवर्ड गलत है, दोबारा डालो।',
        'hasło zmienione na nowe, proszę się zalogować ponownie.',
        'Πληρώθηκε με τον κωδικό πληρωμής RF18 5390 0754 7034.',
        // "changed the password on the laptop" (на = on): no value after it.
        'Я сменил пароль на ноутбуке, теперь работает.',
        // A policy: a word before a length and its unit.
        'Напиши пам\'ятку про надійний пароль: щонайменше 12 символів, окремий пароль для кожного сайту.',
        'Ist das Passwort noch gültig? Muss ich das Passwort noch einmal ändern?',
        'Wi-Fi: the password policy2024 document is on the intranet',
        'Password akun saya sudah direset tapi tetap gagal login.',
        'χρήστης k.papadaki, κωδικός προϊόντος 4471',
        // A reference code with a year, after Danish "kode".
        'Hvert job koster 1-3 tokens. Kode: MKR-TOK-2025-03. Skal det være i Excel?',
        'Kode booking salon: BK-BDG-250315-0927. Nomor antrian 42.',
        '    secretKeys:\n      lozinka: db-password\n  env:\n    - name: DB_LOZINKA',
        'the old one was better, honestly',
        'χρήστης: maria, κωδικός προϊόντος: 4417',
        '$ vault kv get -field=password secret/bmc/rix1-r07-u22',
        'the password for the app is this will work fine',
        'Password ng wifi sa lobby ay libre para sa lahat',
        'Vanha salasana oli liian lyhyt, joten vaihdoin sen',
        "Mae'r cyfrinair yn y drôr ar bwys y cyfrifiadur",
        'رمز عبور موقت برای شما پیامک شد.',
        'رمز عبور جدید باید حداقل ۸ کاراکتر باشد.',
        'Das Passwort ist falsch, bitte zurücksetzen.',
        'Passwort vergessen? Hier klicken.',
        'le mot de passe est incorrect',
        'la contraseña es demasiado corta',
        'password reset link expired',
        'password manager recommendations for a small team',
        'Password for the wifi: ask reception',
        'mot de passe : ${DB_PASSWORD}',
        'password policy: see the wiki page',
        'the password for the admin account is expired',
        'lösenordet är för kort',
        'heslo je příliš krátké',
        'password hai kya?',
        'la password è scaduta',
        'lozinka je istekla, molim reset',
        'kata sandinya salah terus',
        'He was released on parole in 2019 after serving four years.',
        'пароль не подходит, что делать?',
        '密码是什么？我忘了',
        'Password ay nakalimutan ko, paano i-reset?',
        'la contrasenya és massa curta',
        'la contraseña del portal de proveedores es demasiado corta, pide una nueva',
        'het wachtwoord van de gedeelde mailbox is nu verlopen',
        'the password manager for the whole team is Bitwarden',
        'la password del NAS è stata cambiata ieri',
        'das Passwort für das WLAN im Besprechungsraum ist leider abgelaufen',
        'κωδικός παραγγελίας: 558213',
        'άλλαξα τον κωδικό προϊόντος σε AB-1234 χθες',
        'das Passwort für den Drucker ist leider kaputt seit 2024',
        'η πόρτα ξεκλειδώνει με τον κωδικό 4711 της κάρτας',
        'ο κωδικός προϊόντος είναι AB-1234-X',
        'password baru sudah dikirim lewat email',
        '$Secure = ConvertTo-SecureString $Password -AsPlainText -Force',
        'mot de passe oublié : cliquez sur le lien',
        'a palavra-passe expirou, peça uma nova ao apoio',
        "le mot de passe c'est pas le bon, je le redemande",
        "d'Passwuert ass ze kuerz",
        'Hasło do drukarki sieciowej na 3. piętrze to sprawa działu IT',
      ],
    },
  }),
  cred({
    id: 'network_device_secret',
    label: 'Network device secret',
    placeholder: 'PASSWORD',
    description:
      'Secrets in router, switch and firewall configs (Cisco IOS style): "secret 0|7 …", "password 0|7 …", untyped "enable secret …" and "username … [privilege N] secret …" lines, and TACACS/RADIUS "key 0|7 …" (type 0 is clear text, type 7 a reversible encoding; hashed types 5/8/9 are left alone), SNMP "snmp-server community … RO|RW" and "snmp-server host … [version 1|2c] …" (not the default public/private), and IPsec pre-shared keys: Cisco "crypto isakmp key … address|hostname …" and "pre-shared-key …" (IOS keyrings, ASA tunnel groups), Juniper "pre-shared-key ascii-text …", FortiGate "set psksecret …" (not the ENC form) and strongSwan ": PSK …"; Cisco Wi-Fi keys "wpa-psk ascii [0] …" and "psk set-key ascii 0 …"; Huawei "password simple …" (type 6 / ENC / Huawei cipher values are encrypted with the device\'s own key and left alone).',
    // The type digit is part of the keyword, so the rule is tried only on config-like text.
    keywords: ['secret 0', 'secret 7', 'password 0', 'password 7', 'key 0', 'key 7', 'snmp-server community', 'snmp-server host', 'radius-server', 'tacacs-server', 'radius server', 'tacacs server', 'enable secret', 'enable password', 'username', 'crypto isakmp key', 'pre-shared-key', 'set psksecret', ': psk', 'authentication-key', 'wpa-psk', 'psk set-key', 'password simple'],
    // "radius-server host 10.0.0.5 auth-port 1812 key …": the key at the end of a server line, or on
    // an indented line of a "radius server NAME" block (up to four lines down), typed or not.
    // "enable secret Dep0t-Enable!19", "username noc privilege 15 secret Loomline-9031" (a config
    // line of its own): typed without a type digit, the clear text the device hashes.
    // IPsec: "crypto isakmp key KEY address 203.0.113.45" (IOS, the peer after the key);
    // "pre-shared-key [local|remote] KEY", "pre-shared-key address 10.0.0.1 key KEY" (IOS
    // keyrings), "ikev1 pre-shared-key KEY" (ASA), "pre-shared-key ascii-text \"$9$…\"" (Junos,
    // a reversible encoding like type 7), "set psksecret KEY" (FortiOS), "%any : PSK \"KEY\""
    // (strongSwan ipsec.secrets), Junos BGP/OSPF `authentication-key "KEY";` in clear text (not the
    // "$9$…" encoding). Cisco WLAN "wpa-psk ascii [0] KEY" and WLC "psk set-key ascii 0 KEY" (type 8
    // is a hash). A value opened by a quote runs to the closing quote.
    pattern: '(?<![\\w-])(?:crypto[ \\t]+isakmp[ \\t]+key[ \\t]+(?:0[ \\t]+)?(?=[^\\s"\'`]{4,128}[ \\t]+(?:address|hostname)[ \\t])|pre-shared-key[ \\t]+(?:(?:local|remote)[ \\t]+|(?:address|hostname)[ \\t]+[^\\s]{1,64}(?:[ \\t]+[\\d.]{7,15})?[ \\t]+key[ \\t]+|ascii-text[ \\t]+"?)?(?:0[ \\t]+)?(?!6[ \\t])|set[ \\t]+psksecret[ \\t]+(?!ENC[ \\t])"?|authentication-key[ \\t]+"(?!\\$9\\$)|(?:wpa-psk|psk[ \\t]+set-key)[ \\t]+(?:ascii|hex)[ \\t]+(?:0[ \\t]+)?(?![0-9][ \\t])|:[ \\t]*PSK[ \\t]+"?|(?:secret|password|key)[ \\t]+[07][ \\t]+|password[ \\t]+simple[ \\t]+|(?:enable|(?<=(?:^|\\n)[ \\t]*)username[ \\t]+[^\\s]{1,64}(?:[ \\t]+privilege[ \\t]+\\d{1,2})?)[ \\t]+(?:secret|password)[ \\t]+(?:level[ \\t]+\\d{1,2}[ \\t]+)?(?![0-9][ \\t])|snmp-server[ \\t]+community[ \\t]+(?=\\S+[ \\t]+(?:RO|RW)\\b)|snmp-server[ \\t]+host[ \\t]+\\S{1,64}(?:[ \\t]+(?:traps|informs))?(?:[ \\t]+version[ \\t]+(?:1|2c))?[ \\t]+(?!(?:traps|informs|version)(?![\\w-]))|(?:radius|tacacs)[ -]server[ \\t](?:(?:[^\\n]{0,160}\\n(?=[ \\t])){0,4}?[^\\n]{0,160}?[ \\t])?key[ \\t]+(?:[07][ \\t]+)?)((?<=")[^\\s"]{4,128}(?=")|[^\\s"\'`]{4,128}(?![^\\s`]))',
    secretGroup: 1,
    // "snmp-server community zementRW_ofen RW": a community string of letters is a value.
    validate: (v, ctx) => !/^(?:public|private)$/i.test(v) && plausiblePassword(v, ctx, true),
    anchored: true,
    score: 0.8,
    samples: {
      positive: [
        'user-interface vty 0 4\n authentication-mode aaa\n set authentication password simple Spleiss-Box!4471',
        'neighbor 185.113.40.1 {\n    description "TLV1 transit A";\n    authentication-key "Zayit-Hadar-1177";\n}',
        'username noc privilege 15 secret 0 Gl4s!Ring-Nord',
        'crypto isakmp policy 10\n encr aes 256\n authentication pre-share\n!\ncrypto isakmp key Vn-Sg-Tunnel-77x address 203.0.113.45\n!',
        'crypto isakmp key 0 Br4nch-PSK#2024 hostname hub01.example.net',
        'crypto ikev2 keyring KR-HUB\n peer BRANCH\n  address 198.51.100.7\n  pre-shared-key local Kx7-Hub-Local!9\n  pre-shared-key remote Kx7-Hub-Remote!9',
        'crypto keyring KR1\n  pre-shared-key address 198.51.100.7 key Tun3l-Key-4471',
        'tunnel-group 198.51.100.7 ipsec-attributes\n ikev1 pre-shared-key Asa-L2L-Key!338',
        'set security ike policy IKE-POL pre-shared-key ascii-text "Jn-Psk-Site2!44"',
        'ike {\n    policy IKE-POL {\n        pre-shared-key ascii-text "$9$Hk5FCtpIhrKMLEcreMWX7bs"; ## SECRET-DATA\n    }\n}',
        'config vpn ipsec phase1-interface\n    edit "to-branch"\n        set psksecret Fgt-Psk-Branch#90\n    next',
        '203.0.113.10 198.51.100.7 : PSK "sw4n-Shared-88!"',
        'hostname DEPOT-SW-02\n!\nenable secret Dep0t-Enable!19\n!',
        '!\nusername netadmin privilege 15 secret Loomline-9031\n!',
        'username backup password Bkp-Sw!7731',
        'tacacs server TAC1\n address ipv4 10.255.12.4\n key 7 0822455D0A165A4B',
        'snmp-server community n0cRW-h4mburg RW 90',
        'snmp-server host 10.118.4.20 version 2c NgT-rtu-ro-7731',
        'radius-server host 10.20.1.5 auth-port 1812 acct-port 1813 key Bogie-Radius#7731',
        'the old line was `radius-server key 0 HJyGfHByc9tkin2JdRS7YPc4`, restored from backup',
        'radius server NPS1\n address ipv4 10.20.1.6 auth-port 1812 acct-port 1813\n key Bogie-Radius#7732\n!',
        'dot11 ssid BRYGGE\n authentication key-management wpa version 2\n wpa-psk ascii 0 Brygge2025!Sjo\n!',
        '!\nsnmp-server community zementRW_ofen RW\nline vty 0 4',
        'wlan CORP 1 CORP\n security wpa akm psk set-key ascii 0 Brygge2025!Sjo\n no shutdown',
      ],
      negative: [
        'neighbor 10.0.0.1 {\n    authentication-key "$9$Hk5FCtO1hSyO1REleW8X7VwoGUHqfT";\n}',
        'enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0',
        'snmp-server community public RO',
        ' wpa-psk ascii 8 0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d',
        'snmp-server host 10.118.4.20 version 3 priv snmpuser',
        'username netadmin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM',
        'please send the username and password separately',
        'the secret 0 calorie snack',
        'crypto isakmp key 6 FLgBaJHXdYY_AcHZZMgQ_RhTDJXHUBAAB address 203.0.113.45',
        'crypto isakmp keepalive 10 periodic',
        'tunnel-group 198.51.100.7 ipsec-attributes\n ikev1 pre-shared-key *****',
        '    set psksecret ENC q7HkD2xgI9Vm0pA4bUj3sEoWfLc==',
        'authentication pre-share\n! the pre-shared-key is stored in the vault',
      ],
    },
  }),
  cred({
    id: 'password_column',
    label: 'Password (table column)',
    placeholder: 'PASSWORD',
    description:
      'Passwords in the column of a delimited table (CSV/TSV/SQL VALUES) whose header names a password, in any of the password-in-prose languages ("nev;osztaly;email;kezdeti_jelszo", "user,initial_password"); each cell must look like a password: 8+ characters from three character classes.',
    keywords: PASSWORD_COLUMN_WORDS,
    // A cell: between delimiters or a line's ends. The table machinery does the rest: a header
    // line with a password word starts a table, and a cell counts only under a header cell that
    // names a password (MatchContext.columnHeader), as birth dates do under a "dob" column.
    // A quoted cell too, and SQL's brackets around a row ("VALUES ('scada_olvaso', 'Kohó#2026!olv');").
    pattern: `(?<=^|[;\\t|,(])[ \\t]*(["']?)([^\\s;|,"'\`]{8,64})\\1(?=[ \\t]*(?:[;\\t|,)]|$))`,
    flags: 'gm',
    // Only a table's rows hold the values (the header line is the keyword's): the windows need no
    // reach around the keyword, `withTables` adds the rows of a table the keyword heads (and the rest
    // of a one-line `INSERT INTO t (…, jelszo) VALUES (…)`).
    reach: 0,
    secretGroup: 2,
    // A hash in the column (bcrypt `$2b$12$…`, `{SSHA}…`) is not the password itself.
    validate: (v, ctx) => passwordLike(v) && !PASSWORD_HASH.test(v) && plausiblePassword(v, ctx) && (ctx.columnHeader?.(PASSWORD_COLUMN_RE) ?? false),
    context: { words: PASSWORD_COLUMN_WORDS, window: 40, required: true },
    score: 0.75,
    samples: {
      positive: ['nev;osztaly;email;kezdeti_jelszo\nFarkas Bence;10.B;fb@example.hu;Tiszai-4417\nKiss Lilla;10.B;kl@example.hu;Tiszai-9902', "INSERT INTO szolgaltatasok (nev, jelszo) VALUES ('scada_olvaso', 'Kohó#2026!olv');"],
      negative: ['nev;osztaly;email;megjegyzes\nFarkas Bence;10.B;fb@example.hu;Tiszai-4417', 'user,password_changed_at\nana,2024-03-01T10:00:00Z', "INSERT INTO users (name, password_hash) VALUES ('pi', '$2b$12$ZrINVD5q5EkT6QtmkdpOQV5aVhuDAmcTgPlk5w58zQFud2ZNMjmxy');", "INSERT INTO services (name, note) VALUES ('scada_ro', 'Koho#2026!olv');"],
    },
  }),
  cred({
    id: 'user_password_pair',
    label: 'Password (user / password)',
    placeholder: 'PASSWORD',
    description:
      'A password written after its user name and a spaced slash, with no password word or a short one ("Login admin / …", "user jdoe / pass …", "login for the warehouse app: jdoe / …", "the firewall is still admin / …", "creds are jane@example.com / …"), as `user:password` after "login … is" (also FI "tunnus … on", DE "Zugangsdaten … sind", FR "identifiants … sont") or glued to a default account name ("tomcat:…", "sa:…"), or glued after an account word ("tài khoản ctd.cantho05/…", "account jdoe/…"), or as the second of a basic-auth pair in code (`auth=("user", "…")`, `HTTPBasicAuth("user", "…")`, WS-Security `UsernameToken("user", "…")`, OkHttp `Credentials.basic("user", "…")`, Apache `UsernamePasswordCredentials("user", "…")`, smtplib/imaplib/ftplib `.login("user", "…")`) or the password argument of the PHP and Perl database constructors (`new PDO(…)`, `mysqli_connect(…)`, `DBI->connect(…)`), or the last field of a q/kdb+ handle (`hopen `:host:port:user:…`); the value must look like a password: 9+ characters with lower case, upper case and a digit.',
    keywords: [...PAIR_DATA_WORD_LIST, 'dostop', 'dostęp', 'přístup', 'prístup', 'pristup', 'hozzáférés', ...foldedSpellings(['логин', 'корисник', 'пользователь']), 'utilizator', 'korisnik', 'użytkownik', 'uživatel', 'gebruiker', 'kullanıcı', 'felhasználó', 'käyttäjä', 'bruker', 'användare', 'bruger', 'tên đăng nhập', 'ユーザー名', 'ユーザーid', '계정', '아이디', 'บัญชี', 'ชื่อผู้ใช้', 'यूजर', 'युजर', 'यूज़र', 'login', 'लॉगिन', 'user', 'creds', 'cred', 'credentials', 'account', 'admin', 'root', 'benutzer', 'usuario', 'utente', 'utilisateur', 'identifiant', 'účet', 'ucet', 'konto', 'compte', 'cuenta', 'conta', 'mewngofnodi', 'accès', 'acces', 'access', 'acceso', 'acesso', 'zugang', 'log in', 'logs in', 'logt in', 'logged in', 'new pdo', 'mysqli', 'mysql_connect', 'dbi->connect', 'auth', 'sa:', 'tomcat:', 'postgres:', 'oracle:', 'guest:', 'manager:', 'operator:', '\\', 'hopen', 'usernametoken', '::group=', '::common', 'password', 'i used', 'đăng nhập', 'tài khoản', 'մուտքի', 'լոգին', 'tunnus', 'tunnukset', 'zugangsdaten', 'identifiants', 'credenciales', 'credenciais', 'بيانات', 'البيانات', 'الحساب', 'اسم المستخدم', ...ACCOUNT_WORD_LIST, ...CJK_ACCOUNT_WORD_LIST, 'as "', "as '", 'with "', "with '", 'using "', "using '"],
    // A label naming both, then both ("Username/Password: jdoe / …", "ユーザー名/パスワード：… / …",
    // MR/HI "यूजर/पासवर्ड: … / …"; यूज़र as NFKC leaves its ज़, decomposed; VI "tên đăng nhập / mật khẩu: …");
    // without the colon when the user looks like an account ("ist Benutzer/Passwort funk-admin / …").
    // A quoted user after "as / with / using", a login verb (or "into", "access") earlier on the line
    // ('remote into RTU-3 web UI as "maint" / …'; 'save it as "draft" / …' is none); the lookahead first, so
    // the 60-character lookbehind runs only where "as \"" stands, not at every keyword of the rule.
    // A Windows account and its password in one string, for a Basic header ("CORP\\svc:…"), or with a
    // spaced slash ("contractor\\tolosa.g / …", after a label in any language): the match starts at
    // the backslash (the keyword).
    // A default account glued to its password, as pentest findings write it ("tomcat:Tc@t-Adm1n",
    // "sa:Sql2016!"); not a URL ("postgres://…", "admin:…@host" is url_password's), not a crypt
    // hash ("$apr1$…"), not an image tag ("postgres:16-Alpine3").
    // User words in other languages: účet, konto, compte, cuenta, conta, KO 계정 / 아이디 (account, ID),
    // MR/HI लॉगिन (login);
    // Welsh "mewngofnodi" (log in:
    // "Manylion mewngofnodi: …", login details); the login-data words ("Prihlasovacie údaje do …: user / …",
    // Zugangsdaten, identifiants); access words ("l'accès WordPress — user / …", where a
    // spaced dash ends the label as a colon does).
    // The user word may name what the login is for, in up to five words before a ":" ("login
    // aplikasi gudang: gudang.tebet / …", "the sandbox login is shared for now: desk@… / …"), or
    // be followed by an aside in brackets ("login (shared by the team, yes I know): …").
    // An admin account under its label: "Break-glass admin: bg-admin / …" (the colon is needed:
    // "admin panel / Settings-v2" is a menu).
    // The slash has spaces around it, so paths ("admin/settings") do not count; a bare admin/root
    // user starts a line or follows "is/still/default/:" ("go to admin / Settings-v2" is a menu).
    // In code, the pair as a basic-auth argument: requests' `auth=("user", "…")` and
    // "the DB password `pms_ro / Summit!…`" (the word, then a user / password pair);
    // `session.auth = (…)`, `HTTPBasicAuth("user", "…")`, aiohttp's `BasicAuth("user", "…")`, OkHttp's
    // `Credentials.basic("user", "…")`, Apache HttpClient's `UsernamePasswordCredentials("user", "…")`,
    // a client's `.login("user", "…")` (Python's smtplib, imaplib, ftplib), paho-mqtt's
    // `username_pw_set("user", "…")`; and
    // PHP's database constructors, whose third argument is the password: `new PDO($dsn, 'user',
    // '…')`, `new mysqli('host', 'user', '…')`, `mysqli_connect('host', 'user', '…')`; and a q/kdb+
    // connection handle, `hopen \`:host:port:user:password` (the fifth field).
    // An EZproxy `user.txt` account line after the file's name or a group directive (EZPROXY_USER_LINE).
    pattern: `(?:(?<![\\p{L}\\p{N}_])(?:${PAIR_DATA_WORDS})(?:[ \\t]+[^\\s:]{1,25}){0,8}?[ \\t]*:[ \\t]+[\\w.@+-]{2,64}:(?=[^\\s:]{6,})|(?<![\\p{L}\\p{N}_])(?:user(?:name)?|login|ユーザー名|ユーザーID|यूजर|युजर|यूज़र|tên đăng nhập|${PAIR_LABEL_USERS})(?:[ \\t]*\\/[ \\t]*|[ \\t]+(?:and|i|и|y|e|et|und|og|och|en|ja|és|și|a)[ \\t]+)(?:password|passwort|pass|pwd|パスワード|पासवर्ड|mật khẩu|${PAIR_LABEL_PASSWORDS})(?:(?:[ \\t]+[^\\s:：/]{1,20}){0,3}?[ \\t]*[:：][ \\t]*[^\\s/]{2,64}|[ \\t]+[\\w.@-]*[-_.@\\d][\\w.@-]*)[ \\t]+\\/[ \\t]+|(?<![\\p{L}\\p{N}_])(?:(?:login|լոգին|մուտքի[ \\t]+տվյալները՝|${AR_LOGIN_WORDS}|${PAIR_DATA_WORDS}|մուտքի[ \\t]+տվյալներ(?:ը)?|लॉगिन|${foldedSpellings(['логин']).join('|')}|user(?:name)?|creds?|credentials|account|계정|아이디|บัญชี|ชื่อผู้ใช้|benutzer(?:name)?|usuario|usuário|utente|utilisateur|utilizator(?:ul)?|${PAIR_LABEL_USERS}|identifiant|účet|ucet|konto|compte|cuenta|conta|mewngofnodi|acc[eè]s|access|accesso|acceso|acesso|zugang|dostop|dostęp|přístup|prístup|pristup|hozzáférés|log(?:s|t|ged)?[ \\t]+in[ \\t]+(?:with|as|met|als|mit)|đăng[ \\t]+nhập|tài[ \\t]+khoản|i[ \\t]+used(?=[ \\t]+[\\w.@-]*[-_.@\\d][\\w.@-]*[ \\t]+\\/[ \\t])),?(?:(?:[ \\t]+(?:is|are|was|were|still|now|ist|sind|es|est|è))*[ \\t]*:?|(?:[ \\t]+[^\\s:/]{1,20}){1,8}?[ \\t]*(?::|-(?=[ \\t]))|[ \\t]*\\([^()\\n]{1,60}\\)[ \\t]*:|(?:[ \\t]+[^\\s:/]{1,20}){1,5}?[ \\t]+(?:is|are|${LOGIN_COPULAS}))[ \\t]+[^\\s/]{2,64}|(?:admin(?:istrator)?|superuser)[ \\t]*:[ \\t]+[^\\s/]{2,64}|(?<=(?:^|[\\n:,(|]|(?<![\\p{L}\\p{N}_])(?:is|was|are|still|default|with|using|as|${ADMIN_AFTER_WORDS}))[ \\t]*)(?:admin|root))[ \\t]+[\\/:][ \\t]+(?:(?:pass(?:word|wd)?|pwd|pw)[ \\t]*[:=]?[ \\t]*)?[\`"']?|(?<![\\p{L}\\p{N}_])password[ \\t]*[:=]?[ \\t]*[\`"']?[\\w.@-]{2,40}[ \\t]+\\/[ \\t]+|(?<![\\p{L}\\p{N}_])(?:login|creds?|credentials|tunnus|tunnukset|zugangsdaten|identifiants|credenciales|credenciais)(?:(?:[ \\t]+[^\\s:]{1,20}){0,4}?[ \\t]+(?:is|are|on|ovat|sind|sont|son|são|est|es|é))?(?:[ \\t]+(?:user|username))?[ \\t]+[^\\s:/@"'\`]{2,64}:(?=\\S)|(?<![\\p{L}\\p{N}_])(?:${ACCOUNT_WORDS})(?:[ \\t]+[^\\s:]{1,20}){0,4}?[ \\t]*[:：][ \\t]*[^\\s:/@"'\`]{2,64}:(?=\\S)|(?:${CJK_ACCOUNT_WORDS})(?:[ \\t]*[:：]|은|는)[ \\t]*[^\\s/:]{2,64}[ \\t]+\\/[ \\t]+|(?<![\\p{L}\\p{N}_.:/@-])(?:root|admin|administrator|sa|tomcat|postgres|oracle|guest|manager|operator):(?![$/]|[0-9]+[.-])|(?<=(?<![\\p{L}\\p{N}_])(?:with|using)[ \\t]+)(?:admin|root)\\/(?=\\S)|(?=(?:as|with|using)[ \\t]+["'])(?<=(?:log(?:ged|s)?[ \\t]*(?:in|on)|sign(?:ed|s)?[ \\t]*in|login|connect(?:ed|s)?|into|access(?:ed)?)[^\\n]{0,60}[ \\t])(?:as|with|using)[ \\t]+["'][\\w.@-]{2,40}["'][ \\t]+\\/[ \\t]+|\\\\(?<=["'][A-Za-z][\\w.-]{0,30}\\\\)[\\w.$-]{1,64}:|\\\\(?<=(?:^|[ \\t:(])[A-Za-z][\\w.-]{0,30}\\\\)[\\w.$-]{1,64}[ \\t]+\\/[ \\t]+|(?:(?<=HTTPBasic|HTTPDigest|Basic)auth\\(|(?<![\\p{L}\\p{N}_])(?:UsernameToken|Credentials\\.basic|UsernamePasswordCredentials|username_pw_set)\\(|(?<=[\\p{L}\\p{N}_)]\\.)login\\(|(?<![\\p{L}\\p{N}_])auth[ \\t]*=[ \\t]*\\()[ \\t]*["'][^"'\\n]{1,64}["'][ \\t]*,[ \\t]*["']|(?<![\\p{L}\\p{N}_$>])(?:new[ \\t]+(?:PDO|mysqli)|mysqli_connect|mysql_connect|DBI->connect)[ \\t]*\\([ \\t]*["'][^"'\\n]{1,200}["'][ \\t]*,[ \\t]*["'][^"'\\n]{1,64}["'][ \\t]*,[ \\t]*["']|(?<![\\p{L}\\p{N}_.])hopen[ \\t]*\\(?[ \\t]*\`:[^:\\s\`]*:[0-9]{1,5}:[^:\\s\`]{1,64}:|(?<![\\p{L}\\p{N}_])(?:tài[ \\t]+khoản|account|akun|konto|compte|cuenta|conta)[ \\t]+[\\w.@-]{2,40}(?<!\\.[a-z]{2,6})\\/(?=[^\\s/]{8,127}(?:[\\s,;.!?)]|$))|${EZPROXY_USER_LINE})((?:(?!:admin(?!\\S))[^\\s"'\`${CJK_LETTERS}]){8,127}(?!:admin(?!\\S))[^\\s"'\`;,.)\\]}։。、${CJK_LETTERS}])`,
    flags: 'giu',
    secretGroup: 1,
    validate: (v, ctx) => v.length >= 9 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v) && plausiblePassword(v, ctx),
    anchored: true,
    score: 0.7,
    samples: {
      positive: [
        // Login-data words before a spaced user / password.
        '„Prihlasovacie údaje do rozpisu služieb: tlmocnik.bratislava / Dunaj#Sluzba25. Heslo si zmeň hneď.“',
        // Korean access word with its topic particle.
        '자료는 SharePoint에, 접속은 landlord.busan / Haeundae#Tower24',
        // A CJK account word and a colon before user / password.
        '我们杭州店的账号登录不上了。账号：hz_revenue / Xihu@Lake2024!，错误提示是账号已锁定。',
        // A quoted user after a login verb and as.
        '02:40 remote into RTU-3 web UI as "maint" / Piezo!Sira2019 (yes, still the commissioning password)',
        // Logged in as admin / … (PL).
        'Technik zalogował się na admin / Ochrona!NVR2023 (hasło domyślne od instalatora!)',
        // An account word, words and a colon before user:password.
        'எங்கள் சர்வருக்கு புதிய அக்கவுண்ட் உருவாக்கினேன்: scanlab:Pal-Kireedam#73 . இதை அனுப்பு',
        // A user/password label without a colon; Swiss German "isch immer no admin /".
        'Der Zugang zum Portal ist Benutzer/Passwort funk-admin / Piepser&Sonde58. Kannst du',
        'PS: de Zuegang für d\'Radar-Webcam isch immer no admin / Radar!Varuna12, mir sötted das mal ändere.',
        // Arabic login-data words; another language's copula after the login phrase.
        'البيانات: contractor_hassan / Suez#Permit55. اكتبه بالعربي',
        'hans login til permit-systemet er mads.k / Esbjerg-Rig-55 indtil han har skiftet det.',
        // Armenian login data with its ՝; admin / password after "with".
        'Մուտքի տվյալները՝ billing_admin / Sevan_Jur88!։ Ինչպե՞ս անել export',
        'logged in to the box at 172.20.4.15 with admin / Fridge!Alarm2023 and updated it',
        // user/password glued after an account word.
        'em đã thử tài khoản ctd.vinhlong02/SongHau#2023 mà vẫn báo sai.',
        // user:password after a credentials word of another language and its verb.
        'MQTT-välittäjän tunnus AIS-syötteelle on ais_feed:Loisto#Hanko31 ja se syötetään muodossa käyttäjä:salasana.',
        // Perl DBI's positional password.
        'my $dbh = DBI->connect("DBI:mysql:database=library;host=db1", "lib_admin", "Shelf#Overdue42");',
        'Accesso app irrigazione: ferri / Brunello#Ilcino4',
        // Both in backticks, as Markdown writes them.
        'the renewal script logged in with the shared account `rtu_admin` / `BlockValve!207` and pushed a cert',
        '"Pristup rasporedu za iftare: korisnik iftar.volonter / Sarajevo1446!. Molimo da ne dijelite šifru van grupe."',
        'Tài khoản demo: đăng nhập daily_hcm_021 / XeCu@2024vn — anh viết giúp em',
        "She'll need the LIMS login, which for now is dcoord.temp : Gamete!Spring24 until IT sets up hers.",
        'Web UI at https://gw-7.local/ still works with admin/Kas7-Drip!2024. Logs show',
        '[09:14] Rania: locked me out again, I used bo-rania / Sukuk#2024q4\n[09:15] Tom: ok',
        'He forwarded the login he used to pull the tender archive: archiwum / Przetarg2021! — I will not use it',
        'client = mqtt.Client()\nclient.username_pw_set("diag_reader", "Vinge-Esbjerg#61")\nclient.tls_set()',
        '- 03:10 the config still had the old DB password `pms_ro / Summit!Denver2024`',
        'Maqaa fayyadamaa: contractor\\tolosa.g / Bishoftu!Hoo2024\nSirna DCS irratti qofa galtu.',
        'Admin: https://seva-pune.org/admin\nयूजर/पासवर्ड: sevak_admin / Sevak#Pune2025',
        'ระบบนัดหมาย: https://booking.example.co.th\nบัญชี: cmi.desk / Lanna@7731',
        'Korisnik i lozinka za Kardex: magacin02 / Ohrid#Delovi8. Fala',
        'Aplicația se conectează cu utilizatorul ofiter.cluj02 / Creditare#Cluj26 și nu merge.',
        'Dobrý deň, prihlasovacie údaje do portálu dodávateľa: servis.zilina:Autobus2025! Vďaka',
        'Račun: SI70 5619 1000 0012 345\nDostop do portala: maja.kranjc / Prevod2026!',
        '임시로 로컬 관리자 계정 labadmin / Gamsik!Lab0923 으로 로그인해서 확인했음.',
        'VPN brána 10.0.4.1, účet servis / Hlubina-Servis7, po opravě změnit',
        'De kiosk logt in met kiosk-hal / Zeedijk-Kiosk#77, niet aanpassen',
        'Tukaj je user.txt:\n\n# lokalni skrbniki\nknjiznica_admin:Lipa.Bralnica.2024:admin\n# vsi ostali prek LDAP',
        '::Group=Staff\nrefdesk:Microfiche-42\n::Group=Default',
        "$pdo = new PDO('mysql:host=db.local;dbname=feeds', 'feeds_rw', 'OnAir!Rss-2024');",
        'client = Client(WSDL, wsse=UsernameToken("romande-energie-desk", "Cervin-4478!Rhone"))',
        `the login for the hydrant tablets is crew.north:${F.password}, don't change it`,
        `Monitoring server: 10.12.0.21, Login admin / ${F.password}`,
        `the router is still admin / ${F.password} btw`,
        `creds are ops@fake-example.org / ${F.password}, dont share`,
        `login for the Dhaka team: user padma.qa / pass ${F.password} — reset it after`,
        `Btw login aplikasi gudang: gudang.tebet / ${F.password}`,
        `- the Kount sandbox login is shared for now: fraud-desk@fake-example.org / ${F.password}`,
        `Break-glass admin: bg-admin / ${F.password}`,
        `Manylion mewngofnodi: derbynfa.abertawe / ${F.password}. Allwch chi ysgrifennu cais?`,
        `les galeries à archiver, et l'accès WordPress — everbloom_qc / ${F.password}. Garde ça court.`,
        `F-07 | 10.8.20.91 | Tomcat manager exposed | tomcat:${F.password}`,
        `$pair = "NORDGRID\\svc-piweb:${F.password}"`,
        `協力会社用 ユーザー名/パスワード：kyoryoku_yamato / ${F.password}\u3000初回ログイン後に変更`,
        `Username/Password: jdoe / ${F.password}`,
        `tpH:hopen \`:tp-ldn-02.internal:5010:svc_eod:${F.password}`,
        `re-provisioned ONT, PPPoE login antipolo_18204:${F.password} pushed from ACS`,
        `btw the payroll portal login for the weekend cover is payroll.cover / ${F.password}`,
        `F-05 | 10.8.20.14 | Weak creds on iDRAC | root / ${F.password}`,
        `session.auth = ("scouting@fake-example.org", "${F.password}")`,
        `r = requests.get(url, auth=HTTPBasicAuth('svc_reports', '${F.password}'))`,
        '.header("Authorization", Credentials.basic("sponsor-bot", "Nj-Sponsor2025!"))',
        'HMI लॉगिन (फक्त शिफ्ट इंजिनिअरसाठी): mill_eng / Kiln4@Wardha\nक्लिंकर सायलो लेव्हल 78%',
        'the eAdaptor creds are user ord_edi:Ord!Cargo2026x, do not paste them anywhere',
        '    smtp.login("offers-noreply@fake.example", "Gr4ft!Offer-Relay")',
        'Insurer portal login (shared by the team, yes I know): aquarel_billing / Claims!Desk-2291. The claim',
        'Tài khoản quản trị: tên đăng nhập / mật khẩu: admin.xuong / BiaTuoi@2025. Đừng chia sẻ',
        'Пароль для входа в CRM клуба: логин trener.astana / Skala_2026! — попроси сменить',
        'provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("svc_ingest", "Ingest-Pass2291"))',
      ],
      negative: [
        // A quoted word after as, no login verb.
        'save it as "draft" / Version2Final please',
        // No colon and a plain word after the label: no account.
        'Die Benutzer/Passwort Kombination / Sicherheit2024X ist wichtig',
        // A path after an account word.
        'my account github.com/OrgName2024x is public; account ops/Reports2024X/summary too',
        'tunnus on 12:30 tänään, ei salasanaa',
        'login, then click Settings2024 / Profile',
        'I used python / Jupyter2024 notebooks for this',
        'see /admin/Settings2024 page',
        'The EZproxy user.txt changed:\nProxyHostnameEdit:Off\nLogFile ezproxy-Sep2024.log',
        'the login is https://portal.fake.example:8443 for everyone',
        'go to admin / settings to change it',
        'go to admin / Settings-v2 and enable SSO',
        'open the admin panel / Settings-v2 page',
        'Admin: https://portal.fake.example / Settings-v2',
        'see the user guide / FAQ page',
        'admin/Settings2024 is the path',
        'login admin / password (the defaults)',
        'session.auth = ("svc_reports", os.environ["REPORTS_PASSWORD"])',
        'requests.get(url, auth=("svc_reports", "password"))',
        'oauth=("client", "Scope-Read2024x")',
        'root:x:0:0:root:/root:/bin/bash',
        'admin:$apr1$Kx8bQz1T$Pq0Wm3Lr7Vb2Nc5Xy9Zd1.',
        'image: postgres:16-Alpine3.20',
        'DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop_test',
        '$path = "C:\\Users\\svc:Reports2024x"',
      ],
    },
  }),
  cred({
    id: 'user_map_password',
    label: 'Password (user map)',
    placeholder: 'PASSWORD',
    description:
      "Passwords kept as the values of a user-name → password map where no key says password: Orthanc's RegisteredUsers, a users map next to HTTP basic or digest authentication (express-basic-auth, Flask-HTTPAuth; object or YAML block), Kafka JAAS user_<name>=\"…\" options of a login module, Jetty realm.properties and ActiveMQ users.properties lines after the file's name; the value must look like a password (6+ characters, a letter and a non-letter), hashes (bcrypt, $apr1$, {SSHA}, MD5:/CRYPT:, hex digests) and placeholders excluded.",
    // The heads' own words: "basic" or "digest" alone would run the walk on much ordinary text.
    keywords: ['registeredusers', 'basicauth', 'basic_auth', 'basic-auth', 'digestauth', 'digest_auth', 'digest-auth', 'loginmodule', 'realm.properties', 'users.properties'],
    // Documentation only: `scanUserMaps` (../user-maps.ts) walks each map's entries.
    pattern: '"RegisteredUsers"[ \\t]*:[ \\t]*\\{',
    detect: scanUserMaps,
    validate: (v, ctx) => userMapPassword(v, ctx),
    minEntropy: 2,
    score: 0.75,
    samples: {
      positive: [
        `{\n  "AuthenticationEnabled" : true,\n  "RegisteredUsers" : {\n    "radiology" : "${F.password}",\n    "viewer" : "Scan4Read_2024"\n  }\n}`,
        `app.use(basicAuth({ users: { 'ops-dashboard': '${F.password}' }, challenge: true }))`,
        `auth = HTTPBasicAuth()\nusers = {\n    "kiosk": "${F.password}",\n}`,
        `# basic auth for the status page\nbasic_auth:\n  enabled: true\n  users:\n    monitor: ${F.password}\n    deploy: Rel3ase-Train!8`,
        `KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username="broker"\n  password="${F.password}"\n  user_broker="${F.password}"\n  user_billing="Bill-Stream#2291";\n};`,
        `Our etc/realm.properties:\n# name: password, roles\nadmin: ${F.password}, server-administrator, content-administrator\nopsview: Opz#Real9m, user`,
        `conf/users.properties (ActiveMQ):\nadmin=${F.password}\nsvc_orders=Ord3rs#Queue`,
      ],
      negative: [
        // Roles, not passwords; hashes; a user with attributes; no login module; placeholders.
        `app.use(basicAuth({ users: { alice: 'admin', bob: 'viewer' } }))`,
        'basic_auth_users:\n  grafana: $2y$10$Xk9gk2Zl2dM1S0m8qJ3l6e0v0eQJ7sQ3T1iU1lV9m2E3uK5o5hW7a',
        'realm.properties:\nadmin: MD5:164c88b302622e17050af52c89945d44, server-administrator\nops: CRYPT:adpexzg3FUZAk, user',
        '"RegisteredUsers" : { "alice" : { "password" : "x", "roles" : [ "admin" ] } }',
        'curl -A x --data user_agent="Mozilla/5.0" https://fake.example',
        '"RegisteredUsers" : { "alice" : "${ORTHANC_ALICE_PASSWORD}", "bob" : "<password>" }',
        'users = {"john": generate_password_hash("hello")}  # HTTPBasicAuth',
        'Copy users.properties next to the broker.\nThen run: bin/activemq start',
      ],
    },
  }),
  cred({
    id: 'cli_password',
    label: 'Password on a command line',
    placeholder: 'PASSWORD',
    description: 'Passwords given on command lines: net use … /user:name password (or net use X: \\\\server\\share password /user:…), curl -u user:password (also a WordPress application password, six groups of four in quotes), --password value (and a prefixed --sftp-pass, --admin-password, …), sshpass -p value, lftp -u user,password, ldapsearch/ldapmodify … -w value, sqlcmd/bcp/osql/ipmitool/mosquitto_pub … -P value, cqlsh … -p value, redis-cli … -a value, smbclient/rpcclient … -U user%password.',
    keywords: [
      '-u', '--user', '--pass', '-pass', 'sshpass', 'ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami', 'ldappasswd', 'ldapcompare', 'ldapmodrdn',
      'sqlplus', 'sqlcmd', 'bcp', 'osql', 'ipmitool', 'mosquitto_pub', 'mosquitto_sub', 'mosquitto_rr', 'smbclient', 'rpcclient', 'smbcacls', 'smbget', 'cqlsh', 'redis-cli', 'zip', '-storepass', '-keypass', '-srcstorepass', '-deststorepass', '-srckeypass', '-destkeypass', 'net use', 'lftp',
    ],
    // SQL*Plus's connect string `sqlplus user/password@service` (the password up to the @);
    // ldapsearch/ldapmodify/… -w <password> and sqlcmd/bcp/osql/ipmitool/mosquitto_* -P <password> (those tools' flags
    // take the password; other tools' -w / -P do not); Samba tools take -U [DOMAIN\\]user%password.
    pattern: `(?:(?<=(?<![\\w-])--[a-z0-9]{1,20}(?:-[a-z0-9]{1,20})?)-pass(?:word|wd)?[ =]["']?|(?<![\\w-])(?:(?:-u|--user)[ =]["']?[^\\s:'"@]{1,100}:|(?:-u|--user(?:name)?)[ =]["']?[^\\s'"]{1,100}["']?[ \\t]+(?:-p|--pass(?:word)?)[ =]["']?(?=[^\\s'"]{8,128}["']?(?:\\s|$))|--pass(?:word|wd)?(?:[ =]["']?|["'][ \\t]*,[ \\t]*["'])|sshpass[ \\t]+-p[ \\t]*["']?|lftp(?:[ \\t][^\\n]{0,300}?)?[ \\t]-u[ \\t]+["']?[^\\s,'"]{1,100},["']?|ldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn)[ \\t][^\\n]{0,300}?[ \\t]-w[ \\t]*["']?|(?:sqlcmd|bcp|osql|ipmitool|mosquitto_pub|mosquitto_sub|mosquitto_rr)[ \\t][^\\n]{0,300}?[ \\t]-P[ \\t]*["']?|cqlsh[ \\t][^\\n]{0,300}?[ \\t]-p[ \\t]*["']?|zip(?:[ \\t][^\\n]{0,300}?)?[ \\t]-P[ \\t]*["']?|-(?:src|dest)?(?:store|key)pass[ \\t]+["']?|redis-cli[ \\t][^\\n]{0,300}?[ \\t](?:-a|--pass)[ \\t]+["']?|(?:smbclient|rpcclient|smbcacls|smbget)[ \\t][^\\n]{0,300}?[ \\t](?:-U[ \\t]*|--user(?:name)?[ =])["']?[^\\s'"%]{1,100}%|net[ \\t]+use[ \\t][^\\n]{0,300}?[ \\t]\\/user:[^\\s]{1,100}[ \\t]+(?![\\/*])|net[ \\t]+use(?:[ \\t]+(?:[A-Za-z]:|\\*))?[ \\t]+\\\\\\\\[^\\s]{1,200}[ \\t]+(?![\\/*])(?=[^\\s'"]{3,128}[ \\t]+\\/)|sqlplus[ \\t]+(?:-[A-Za-z]+[ \\t]+)*["']?[\\w.$#-]{1,30}\\/(?=[^\\s'"@\\/]{3,128}@)))((?<=sqlplus[^\\n]{1,60}\\/)[^\\s'"@\\/]{3,128}(?=@)|(?<=["'][^\\s:'"@]{1,100}:)[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}(?=["'])|[^\\s'"]{3,128})`,
    secretGroup: 1,
    anchored: true,
    // "-u user -p value" (netexec, evil-winrm, docker login, …) also reads as "mysql -u root -p mydb"
    // (-p alone prompts, mydb is the database): there the value must look like a password.
    validate: (v, ctx) =>
      v.length >= 6 && !v.startsWith('-') && !PASSWORD_SOURCE.test(v) && plausiblePassword(v, ctx) && (!USER_THEN_P.test(ctx.text.slice(Math.max(0, ctx.start - 130), ctx.start)) || passwordLike(v)),
    score: 0.8,
    samples: {
      positive: [
        "Nel crontab c'è: sqlplus bo_prices/Btp2034_rend@//oradb-bo.tesoreria.local:1521/PRICES @load_btp.sql",
        `lftp -u reporting,${F.password} sftp://sftp.fake.example`,
        "crackmapexec smb 10.40.1.10 -u svc_backup -p 'Bkp-Svc#2019!'",
        'net use Z: \\\\fs01\\werkstatt /user:BAHN\\svc_wartung Drehgestell!2024 /persistent:no',
        'net use Z: \\\\fs01.yard.local\\drawings Rudder!Plate77 /user:YARD\\cad_station /persistent:no',
        'curl -s --user "obits-feed:4bOk eEf6 UFu1 dn4Y ryD1 m1TO" https://news.fake.example/wp-json/wp/v2/posts',
        `curl -u admin:${F.password} https://api.fake.example`,
        `mysqldump --password=${F.password} app`,
        `args: ["--user", "svc_etl", "--password", "${F.password}"]`,
        `sshpass -p '${F.password}' ssh deploy@host`,
        'rclone sync /data/scans remote:archive --sftp-host sftp.fake.example --sftp-user scansync --sftp-pass Mandalay@Scan26',
        "lftp -u edi_izmir,'Konteyner!2024Alsancak' sftp://edi.fake.example",
        "$ mosquitto_pub -h mqtt.fake.example -p 8883 -u field-gw-07 -P 'Maji-Safi-2291' -t irrigation/valve3 -m on",
        "az vm create -n build01 --admin-username azureuser --admin-password 'Trial-Vm#2291x'",
        `ldapsearch -x -H ldaps://dc.fake.example -D "CN=svc,DC=fake" -w ${F.password} -b "DC=fake"`,
        `sqlcmd -S db.fake.example -U sa -P '${F.password}' -Q "SELECT 1"`,
        `ipmitool -I lanplus -H 10.61.12.44 -U ADMIN -P ${F.password} chassis power status`,
        `smbclient //files.fake.example/share -U 'FAKE\\svc_scan%${F.password}' -c 'ls'`,
        `cqlsh cass.fake.example 9042 -u app -p '${F.password}' --ssl`,
        `redis-cli -h cache.fake.example -p 6380 --tls -a '${F.password}' PING`,
        `keytool -importkeystore -srckeystore a.p12 -srcstorepass ${F.password} -destkeystore a.jks`,
        `zip -P ${F.password} /srv/exports/payroll.zip payroll.csv`,
      ],
      negative: [
        "sh 'apksigner sign --ks \"$KS\" --ks-pass env:KS_PASS app/build/outputs/apk/release/*.apk'",
        'sqlplus / as sysdba',
        'pg_dump --no-password --host db.fake.example mydb',
        'ansible-playbook site.yml --ask-pass --become',
        'lftp -u reporting sftp://sftp.fake.example',
        'mysql -u root -p analytics_db < dump.sql',
        'curl -u admin: https://x', 'git push -u origin main', 'mysql --password=$DB_PASSWORD', 'psql --password', 'grep -w pattern file.txt',
        'ldapsearch -x -W -D "CN=svc,DC=fake" -b "DC=fake"', 'sqlcmd -S db -U sa -P $SQLCMDPASSWORD -Q "SELECT 1"', 'smbclient //fs/share -U alice -c ls', 'redis-cli -h cache -p 6380 PING', 'keytool -list -keystore a.jks -storepass:env KS_PASS', 'zip -r site.zip public/',
      ],
    },
  }),
  cred({
    id: 'mysql_cli_password',
    label: 'MySQL command-line password',
    placeholder: 'PASSWORD',
    description: 'mysql / mysqldump / mariadb -p<password> (password glued to -p).',
    keywords: ['mysql', 'mariadb'],
    pattern: `(?<![\\w-])-p["']?([^\\s'"\\-][^\\s'"]{2,127})`,
    secretGroup: 1,
    validate: (v, ctx) => v.length >= 6 && plausiblePassword(v, ctx),
    context: { words: ['mysql', 'mariadb'], window: 120, required: true },
    score: 0.8,
    reach: 200,
    samples: {
      positive: [`mysql -u root -p${F.password} -h 10.0.0.1 app`],
      negative: ['mysql -u root -p app', 'mkdir -p /var/lib/mysql', `npm run build -pFAKEprofile1 no db tool here`],
    },
  }),
  cred({
    // A session cookie is a bearer credential: whoever holds it is logged in as its owner. Only
    // session-named cookies, on a line that says it deals in cookies (a Cookie / Set-Cookie header,
    // curl's -b / --cookie, "Cookie de session : sid=…"); analytics and preference cookies are not.
    id: 'session_cookie',
    label: 'Session cookie',
    placeholder: 'SESSION_COOKIE',
    description:
      'Session cookies: the value of a session-named cookie (PHPSESSID, JSESSIONID, ASP.NET_SessionId, connect.sid, laravel_session, sessionid, sid, *_session, remember_token, __Secure- / __Host- cookies) after "cookie" on its line (a Cookie or Set-Cookie header, curl --cookie, a sentence) or curl -b; the value must look generated (16+ characters, letters and digits).',
    // Anchored on the cookie's name (every session cookie of a header is found, not only the first);
    // the name, "=" and a value first, then "cookie" or curl's "-b" looked for back along the line,
    // so "inside" or "session" in prose costs one failed match each.
    keywords: ['sessid', 'sessionid', 'session_', 'session-', 'session.', 'session=', 'sess=', 'sid=', 'connect.sid', 'remember_token', '__secure-', '__host-'],
    pattern: `(?:(?<![\\w.-])(?:phpsessid|jsessionid|asp\\.net_sessionid|connect\\.sid|sid|remember_token|(?:__secure|__host)-[\\w-]{1,40})|(?<=(?:^|[^\\w.-])[a-z0-9_.-]{0,30})sess(?:ion)?(?:[_.-]?(?:id|key|token))?)[ \\t]*=[ \\t]*"?([A-Za-z0-9%._~+/:-]{16,512})(?<=(?:cookie|(?:^|[ \\t])-b[ \\t])[^\\n]{0,900})`,
    flags: 'gi',
    secretGroup: 1,
    validate: (v) => randomLooking(v) && shannonEntropy(v) >= 3 && !PLACEHOLDER.test(v),
    anchored: true,
    score: 0.7,
    samples: {
      positive: [
        'Cookie de session : sid=ae9625f75b1fa4df6b15b255a056c2baf598537433828b9f',
        'GET /account HTTP/1.1\nHost: shop.example.com\nCookie: _ga=GA1.2.1234; PHPSESSID=9k2lmq7d1v0c4r8t6s3p5n2b1a; theme=dark',
        "curl -b 'connect.sid=s%3AQx7vK2mP9nL4wR8tY1zB6cD3fG5hJ0kS.aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ' https://api.example.com/me",
        'Set-Cookie: laravel_session=eyJpdiI6IlR3b0hqM2xQbkZ0; path=/; httponly',
        // Two session cookies in one header: both.
        'Cookie: PHPSESSID=9k2lmq7d1v0c4r8t6s3p5n2b1a; sessionid=Zk29xLmq81PaQ3vT7wRn',
      ],
      negative: ['Cookie: theme=dark; lang=de; _ga=GA1.2.1234567890.1700000000', 'session=2024-11-07 was the kickoff', 'Cookie: sessionid=<SESSION_ID>', 'the sid=AC of the cookie banner is 1234567890123456'],
    },
  }),
  cred({
    id: 'generic_secret_assignment',
    label: 'Secret / API key',
    placeholder: 'SECRET',
    description: 'High-entropy values assigned to secret/api_key/access_key/token/client_secret/private_key/stream_key keys (also a bare "key" next to an RTMP server, as OBS keeps it, or to an HTTP endpoint in the same object when the value looks generated; an app_id or key in a URL query when it is a generated key), or to any upper-case *_KEY constant (quoted, or unquoted on an env line) when the value looks generated (24+ characters, upper and lower case and digits, lower case and digits mixed all through, or 32+ hex digits; public, client, captcha-site, cache and storage keys excluded).',
    keywords: [
      'consumer key', 'consumer secret',
      'llave', 'authorizationkey', 'authorization_key', 'ocpi_token',
      'lykillinn', 'leyndarmálið', 'nøkkelen', 'nyckeln', 'nøglen', 'sleutel', 'community', 'snmp',
      'secret', 'token', 'credential', 'apikey', 'api_key', 'api-key', 'api.key', 'accesskey', 'access_key', 'access-key', 'access.key',
      'authkey', 'auth_key', 'auth-key', 'auth.key', 'privatekey', 'private_key', 'private-key', 'private.key',
      '_key', 'key"', "key'", 'stream_key', 'stream-key', 'streamkey', 'stream key', 'ストリームキー', 'admin_key', 'admin-key', 'adminkey', 'admin_api_key', 'server_key', 'server-key', 'serverkey', 'app_key', 'app-key', 'appkey', ': key', 'consumer_key', 'consumer-key', 'consumerkey', 'consumer_secret', 'consumer-secret', 'consumersecret',
      // Azure API Management's Ocp-Apim-Subscription-Key, MTN MoMo's subscriptionKey; an IoT hub's device key.
      'subscription_key', 'subscription-key', 'subscriptionkey', 'device-key', 'devicekey', 'device.key', 'passkey', 'pass_key', 'pass-key', 'app_keys', 'app-keys', 'salt', 'master_key', 'master-key', 'masterkey', 'routing_key', 'routing-key', 'routingkey', 'integration_key', 'integration-key', 'integrationkey', 'service_key', 'service-key', 'servicekey', '--api-key', '--apikey', '--token',
      'api key', ...foldedSpellings(['токен', 'ключ']), 'ٹوکن', 'توكن', 'سیکرٹ', 'سيكرت', 'सीक्रेट', 'siri', 'schlüssel', 'schluessel', 'tajomstvo', 'tajemství', 'tajemstvi',
      'ltai', 'akid', 'algoliasearch', 'twilio(', 'twilio")(', "twilio')(", 'client(', 'chiave', 'clave', 'chave', 'clé', 'cle_', 'cle-', 'clesecrete', 'geheim', 'hmac', 'signing', 'encryption', 'presharedkey', 'preshared', 'pre-shared', 'ön paylaşımlı', 'ön paylaşimli', 'on paylasimli', 'otp', 'totp', 'mfa_secret',
      'app_id=', 'appid=', 'key=',
      'setapikey', 'set_api_key', 'setsecretkey', 'set_secret_key', 'setsecret', 'set_secret', 'setaccesstoken', 'set_access_token', 'setauthtoken', 'setclientsecret', 'setprivatekey',
    ],
    pattern: `(?:${SECRET_AFTER_KEY_ID}|${SECRET_IN_SENTENCE}|${SECRET_LABELLED}|${SECRET_KEY_NAME}(?:${ASSIGN}|${KEY_VALUE}|${CJK_IS})|${KEY_CONSTANT}${ASSIGN}|${BARE_JSON_KEY}${ASSIGN}|${SECRET_FLAG}|${SECRET_SETTER}|${APP_ID_QUERY})${SECRET_VALUE}`,
    flags: 'gi',
    secretGroup: 1,
    // Under 16 characters only a password-like value (a RADIUS or TACACS shared secret).
    validate: (v, ctx) => (v.length >= 16 || passwordLike(v)) && shannonEntropy(v) >= secretEntropyFloor(v) && plausibleSecret(v, ctx) && keyConstant(v, ctx) && bareKey(v, ctx) && appIdKey(v, ctx),
    anchored: true,
    score: 0.65,
    samples: {
      positive: [
        // Words between the token word and its bracketed value.
        'Researcher says the bearer token in the meter app\'s crash logs (Usyzrpre-ciQCmBaQDfvZskB_bnDqJgCokJ8FO30FGkfkZJb3B0d0EVgWfr_f6so) still works after logout.',
        // Swahili "na siri yake ni"; a string type annotation before =.
        'Nimeunda Twilio API key SK1e2039f2b20ac40f46e8f6985ac35f50 na siri yake ni ramMbVdjdX6xmLDSQSFynmtw2z6b7Nxc. Naweza kuzitumia?',
        'class Settings(BaseSettings):\n    api_key: str = "Qm7TzLw2x9RkVc4NbHp8sJd3FgYa6Eu1"',
        // Urdu "and the secret".
        'Twilio API key استعمال کر رہے ہیں: SKebdef15067f3a1499b02b189a703e2b1 اور سیکرٹ hAM6AgrlPJh7xAwYUrDraHvHusOGLu0B۔ غلطی آ رہی ہے',
        // Words between the article's token and its copula.
        'El token de la API que me dieron es 2366589A751BEEFF748489879751FF24 (proyecto 412).',
        // Tencent's SecretKey glued after a full-width comma.
        '他们给的密钥：SecretId AKIDsUQ62xoX4n6hDAqwMBwZfBTPX43bo1aD，SecretKey Oj4sgVnLw8ja562vesiN9Rgsc3IMDFSC。',
        // A generated key as a URL's key= parameter.
        '[2025-08-02 06:31:55] INFO GET https://permits.fake.example/api/v2/apply?key=Qw7mXtbfGn3RStvzmbWJUPYTGmiEk6lvjHk9rnhu',
        // Alibaba's secret on the next line of a wrapped call.
        'client, err := oss.New("https://oss-cn-hangzhou.aliyuncs.com",\n\t\t"LTAI5tQ8wN2xKp7Rz4Yvab",\n\t\t"Hk3mP9qW2xZ7rT4vN8sB6yL1cF5dJ0")',
        // An app id in a URL query that is a generated key.
        'http.Open "GET", "https://rates.fake.example/api/latest.json?app_id=7c1e9a40d2b35f86e0a4c7d913b2f580", False',
        // An article of another language before the English word, then the copula.
        'El token és Qr7vNs2KpXw9LmZc4TyB8HdF6GjA3EuR1WqYo5Ik i l\'he creat amb la plantilla.',
        // Lower case and digits mixed all through, in a vendor's *_KEY constant.
        'TRANSLATE_KEY = "k3j9x2mq-7h4p-w8n1-z5r6-t0v3b7c9d2f4"',
        'Kızıldere DCS mühendis istasyonu için VPN ön paylaşımlı anahtarı: Jeotermal-PSK-2025!x. Bunu göndermek doğru mu?',
        'IPsec: peer 185.139.56.23, pre-shared key: Kv7#emb-Psk-Tbilisi-2024, IKEv2, AES-256.',
        'The leaked export also held the billing API key Qm7vTzR2kLp9XwB4nJd8YcF3hGs6 (rotated since).',
        '运维同事发来：AccessKeyId LTAI5tQ8wN2xKp7Rz4Yv，AccessKeySecret Hk3mP9qW2xZ7rT4vN8sB6yL1cF5dJ0。',
        'OCPI_BASE=https://hub.fake.example/ocpi\nOCPI_TOKEN_C=44f75d08-42da-49e0-a3a1-695940a650ee\nLOG_LEVEL=info',
        '[Core]\nChargePointId=CP-0042\nAuthorizationKey=7390a96fd2d001bb8bd81378edc01ca8b509706f\nHeartbeatInterval=300',
        'El proveedor nos dio esta llave de producción: PPK_LIVE_XPN8Q824P5HRS693IND3S5RC4NKW067O, la pongo en el .env',
        'Lykillinn okkar hjá gagnaveitunni er 7b41c0d95e2a8f3361be0c47d9a2f815 (api_key í query string).',
        'Ik heb de sleutel uit de kluis gehaald: fBWSMtcbzlik0LckHUU0FD7NdA2vPh3KP1R8D9Hg (veld "api_secret").',
        '# group_vars/turnstiles.yml\nsnmp:\n  community: apr0n-W1nd-ro\n  trap_target: gw-9',
        'app = Flask(__name__)\nSECRET = b"cKZOyzjpuOwlhmlxDnl7L4nQNZ3sKg89"',
        'the renewal script used `ACME_EAB_HMAC=X7kjHF_4VWC_JpVEGVGSQkK2lXYa7Yi7fBO-cqdyk6B`',
        'Ég fékk WSKey og leyndarmálið (secret) er fURZJ/RhbG0QcvhOoR+oSzyM. Hvernig bý ég til HMAC?',
        'Nimepata funguo za M-Pesa. Consumer key ni 1ITOduO9GIZ0OmDIQf9D0nOIkKDhHSHYM9CFeTMLvXM3ANac. Kwa nini?',
        'DJANGO_SECRET_KEY=-scun)#prau3a+x!+1@5ti^zuiqb19f#xb2r)ah1-!0h^8-o82\nDEBUG=False',
        '{\n  "settings": {\n    "key": "k7pd-3m9x-q2vt-8wzr-4hna",\n    "server": "rtmp://a.rtmp.youtube.com/live2"\n  },\n  "type": "rtmp_common"\n}',
        'OBS stream key: k7pd-3m9x-q2vt-8wzr-4hna (the news desk account)',
        'PARTNERS = {\n    "adreach": {"url": "https://api.adreach.example/v1/erasure", "key": "Qm7TzLw2x9RkVc4NbHp8sJd3FgYa6Eu1"},\n}',
        'REPORT_KEY = "Xk9gLOE2GFtTalmvw5ncjL16G7IarPEt6ojFpgRRhg50PpMQ"\nADJUST_APP = "shop"',
        "define('CIVICRM_SITE_KEY', 'UJlm0PeVX0PZGYc6dfCifj3842az0r1F');",
        'MT_PROVIDER=anthropic\nMT_FALLBACK_KEY=85ecbd5190f4fa4de2da5f093807afc3\nGLOSSARY_DIR=/srv/glosarios',
        'Modem: admin / Notruf-Nord!3\nIoT-Hub Device-Key: iI5mEi7MpYj5Qs7Sq_SaXbi2Kwp6XJG8S-PbXk4ZKmjQ',
        '- API key de producción: qs_live_npWockD4jtbOI9LjZ4DuFTQvG94jKBbs\n- Endpoint: https://api.example.io/v2',
        'NAVER_CLIENT_ID=p4WzN8sHd\nNAVER_CLIENT_SECRET=Gz7qTH77Fe\nGOOGLE_TRANSLATE_KEY=…',
        "process.env.OIDC_CLIENT_SECRET ??= 'jUW3kjK7ebvIaDh_uCJgKSJR5lfE7jwneALTX3jtp0-PWurc';",
        '{ "key": "subscriptionKey", "value": "1d71345eeb29db7823ecbf396879fd71", "enabled": true }',
        '/interface wireless security-profiles\nadd authentication-types=wpa2-psk mode=dynamic-keys name=bus-wifi wpa2-pre-shared-key=Linja-Bus!2024',
        'Chiave API: 9QXK4TRM2W8ZLN5UVB7HYC3PDJ6FGE1A\nValidità: 12 mesi',
        '    pagerduty_configs:\n      - routing_key: 5c0e4a2f9b1d47e38a6c2d0f7e9b3a14',
        "$options->setApiKey('h8BOoPHs317SIFAXKbHe5iW89sIrcsVm');\n$options->setSecretKey('Gjvoyy69UH5qv6yg3g5FFLb38lDLGK0O');",
        'The export now works with the new token (c41f0e9a7b3d48a6c2e1f0b9d8a7c6e5a1b2c3d4), but 212 rows are empty.',
        'o fornecedor mandou: client_id "vistoria-campinas", client_secret BKjSZHHT3toM13700XaubGdXTOknNije. Como eu gero o token?',
        'Mám od OCLC client ID kniznica-ba a tajomstvo Hx8qP2mZ7vK4wR9tYb3NcL5d. Ako získam access token?',
        'Мій токен: kQ7vXn2R9mWb4LcT8hYp3ZfJ6sDa1GeU-xyzw. Запит повертає 429',
        "define( 'AUTH_KEY', 'wQ!lTI;FMyO6,2yI5[Hda;B=&:eq>xUXnte7r2(m=}Q4)U,Ut' );",
        'client_secret = Qe7>Lm>>2RT4WkPvHt9axc|yyqRm2FDB|5B>KwSD',
        `$chiaveSegreta = '${F.genericSecret}';`,
        `const client = twilio('SK${'7c41e0b9d2a85f36'.repeat(2)}', '${F.genericSecret}', { accountSid });`,
        `secret_key_base: ${F.genericSecret}${F.genericSecret}`,
        `"variable": [{ "key": "token", "value": "${F.genericSecret}", "type": "string" }]`,
        'SECRET_KEY = "q9)w2!vb+8=hj(x4@lm_0&pz7*te3#ka-ru5%ncy6^fd1og"',
        `app.config["SECRET_KEY"] = "${F.genericSecret}"`,
        `api_key = "${F.genericSecret}"`,
        // A hex key whose letters are rare (3.35 bits per character): hex has only 16 symbols.
        'api_key <- "06937a5995530100370436764801128258514258"',
        `client_secret: ${F.genericSecret}`,
        `token <- "${F.genericSecret}"`,
        `client 10.20.0.0/16 {\n    secret          = Pq7!mZr2wKx-Lb\n    shortname       = bng-01\n}`,
        `webhooks:\n  hmac-key: ${F.genericSecret}`,
        `const client = algoliasearch('QX7K2M9PLA', '${F.genericSecret}');`,
        `腾讯云的 SecretId 是 AKID2Oa1vB7UPrIs32ZMZldIe1zSZh4sJEwK，SecretKey 是 ${F.genericSecret}。`,
        `Tengo la API key SK1d8bba5f5f48c5e8eacb8f70451a62e3 con secret ${F.genericSecret}, pero no encuentro el Account SID.`,
        `const client = require("twilio")("SKe524d12cb048edf56e699ff2de924379", "${F.genericSecret}", { accountSid: process.env.TWILIO_ACCOUNT_SID });`,
        `Here is the client id and the secret ${F.genericSecret} for the sandbox.`,
        `[Peer]\nPublicKey = ${F.genericSecret}=\nPresharedKey = ${F.genericSecret}=`,
        'otp_seed=PXPKHPED3YWSBJQ4ZLM2KD7VXR6TNA',
        `auth = oss2.Auth("${F.ltai}", "${F.genericSecret}")`,
        `the consumer secret ${F.genericSecret} goes in the connected-app settings`,
        `I call the API and get 403. The token is ${F.genericSecret}, does it expire hourly?`,
        `同事给了我这个：AccessKey ID ${F.ltai}，AccessKey Secret ${F.genericSecret}。请帮我写一个上传脚本`,
        `attendance API token ye hai: ${F.genericSecret} — Authorization header mein bhejna hai`,
        `We swapped to a Twilio API key last month: key SK0f3c…, secret ${F.genericSecret}. Do I still need the SID?`,
        `Laundry vendor's API for the machines: key ${F.genericSecret}. Write a status script.`,
        // Laravel's APP_KEY carries its encoding as a prefix.
        `APP_ENV=staging\nAPP_KEY=base64:${F.genericSecret}=\nDB_CONNECTION=mysql`,
        `Καλώ το API και παίρνω 403. Το token είναι ${F.genericSecret} — λήγει κάθε μία ώρα;`,
        `MEILI_MASTER_KEY=${F.genericSecret}`,
        `APP_KEYS=${F.genericSecret},${F.genericSecret}`,
        `API_TOKEN_SALT=${F.genericSecret}`,
        `dotnet nuget push pkg.nupkg --api-key ${F.genericSecret} --source https://api.nuget.org/v3/index.json`,
        `"accessToken": "${F.genericSecret}"`,
        'SECRET_KEY = "django-insecure-8f#kFAKE2$lp0z!x9q@w"',
        // Midtrans' server key; a Go byte-slice conversion around the literal.
        `snap = Snap(is_production=True, server_key="Mid-server-${F.genericSecret}")`,
        `var hmacSecret = []byte("${F.genericSecret}")`,
        // Safaricom M-Pesa (Daraja): consumer key and secret, and the STK passkey.
        `MPESA_CONSUMER_KEY=${F.genericSecret}\nMPESA_PASSKEY=${F.genericSecret}${F.genericSecret}`,
      ],
      negative: [
        // Words and a bracketed aside, no value.
        'the new token for staging (kept in vault) works',
        // A search word.
        'https://shop.fake.example/search?key=shoes&page=2',
        // An application's public GUID.
        'https://login.fake.example/oauth?app_id=3f9c2a71-58be-4d0a-9e6b-c14d7a20f8e3&scope=read',
        'el token es inválido desde ayer, hay que regenerarlo',
        // A slug: words and a version or two.
        'EXPORT_KEY = "reports-2024-q3-v2-final-draft"',
        // Short words joined by underscores: a name, not a generated key.
        'WC_CONSUMER_KEY=ck_public_sync_app_id_01',
        'CACHE_KEY=85ecbd5190f4fa4de2da5f093807afc3\nREPORT_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        'MIDTRANS_CLIENT_KEY=Mid-client-hQ3vT8zL1pWk5rNd\nDENDA_CALLBACK_URL=https://example.com/cb',
        'snmp:\n  community: public\n  version: 2c',
        'USE_HMAC=true\nHMAC_ALGO=sha256',
        'forum:\n  community: open-source-fans-2024',
        'Nøkkelen til boden er under matta ved døra.',
        // A bare "key" with no RTMP server near it is a name, not a secret.
        '{"key": "k7pd-3m9x-q2vt-8wzr-4hna", "service": "none"}',
        // Beside an endpoint, a bare "key" that does not look generated is a name.
        '{"url": "https://api.example.org/v2/orders", "key": "order_reference_number"}',
        // Generic *_KEY constants: public keys, a captcha's site key, a cache key, a lower-case name.
        'RECAPTCHA_SITE_KEY = "6LcX4kQpAAAAAH7rT2bYvZ9mNqWc3dEfGhJkLmNo"',
        'CACHE_KEY = "UserProfile2024ViewCacheAbcdEFGH"',
        'STRIPE_PUBLISHABLE_KEY = "Xk9gLOE2GFtTalmvw5ncjL16G7IarPEt6ojFpgRR"',
        'row_key = "Xk9gLOE2GFtTalmvw5ncjL16G7IarPEt6ojFpgRR"',
        'API key shown in dashboard: rk_live_…9fQ2 (rotate in Settings)',
        'What is an API key: a secret string you keep on the server?',
        "channel.basic_publish(exchange='orders', routing_key='orders.created.eu-west', body=msg)",
        "$options->setApiKey(getenv('IYZICO_API_KEY'));",
        'paste the new token (PersonalAccessToken) into the field',
        'api_key = "deadbeefdeadbeefdeadbeefdeadbeef"',
        "algolia: {\n  appId: 'QH7R2KXW9M',\n  apiKey: '5f1c0e9a7b3d48a6c2e1f0b9d8a7c6e5', // search-only key, public by design\n}",
        "mapboxgl.accessToken = 'pk.eyJ1Ijoia2Vsc3Rvbi1wYXJraW5nIiwiYSI6ImNscTd6In0.public';", 'the token is expired, can you refresh it?', 'we moved to token authentication-for-everyone-in-2024', 'api_key = "your_api_key_here"', 'token: process.env.API_TOKEN', 'secret = "my_super_long_config_name"', 'max_tokens: 4096', 'token = ""',
      ],
    },
  }),
];
