import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The blind sets were written by helpers who saw only the notice (Q&A) or the form's
 * field list (form reader), never the code, and were committed before the code was
 * run on them. Their hashes are pinned here so that nobody tunes them afterwards:
 * a changed blind set fails this test. Tune on the development sets instead.
 */
const PINNED: Readonly<Record<string, string>> = {
  'tests/knowledge/blind/blind-set.json': '9eb7c68124a0e560418a2cd66d32042968b34a9fcad8001dd19a06bb2f44d307',
  'tests/knowledge/blind/blind-set-2.json': 'ff2c8150b3710264a4e8ef1ed70a460bc8f5f2423d1a10ea838d9c03a177fef3',
  'tests/knowledge/blind/blind-set-3.json': 'b997fc6bded7edb045fe58e6bc666985836178bbf96acb4351e8332e75851714',
  'tests/knowledge/blind/blind-set-4.json': 'eaeede90d2b10a58ee74be3bbd70fddff7b026af3e07d1ec911e6cfe21f3eead',
  'tests/knowledge/blind/blind-set-5.json': '09ff71c5e18403c4759ad4ddc41e1cce113e6ea29301df58febbc95f7999e9ef',
  'tests/knowledge/blind/blind-set-6.json': '34c474e520097a2232e01f014382e002a925fa733e1ff9ab4bce6a4593fa0830',
  'tests/knowledge/blind/blind-set-7.json': 'b560414d612a9f6ec7917b463040ce8bd5d50fbd00330a145fb67c8763c12f33',
  'tests/knowledge/blind/blind-set-8.json': 'f64a2bb343bf0fde1777a9ffb7177d17b51e7fdb97e513a79f2a004135e7c5db',
  'tests/knowledge/blind/blind-set-9.json': '2fed0fa7a87d07e30472a41529129f78fa1486ca7b6c8cb61d4909d40ca7edfc',
  'tests/knowledge/blind/blind-set-10.json': 'aaa8f7b3b35ed264e07684c4e163cd5c6d568409c928666c67ba082f85f897f7',
  'tests/knowledge/blind/blind-set-11.json': 'b2fef2b1f0d6ffe12b24659f3d661ef4d395a004cd6dbb7d9ddd6943ea051ff8',
  'tests/knowledge/blind/blind-set-12.json': '05ccd35404e9eca650300e82994841cca8b84a44d62b5e80837fc824240ab53b',
  'tests/knowledge/blind/blind-set-13.json': '7de578c84e800ab2024c52a66762fe46dd2dde4ad4c695d2b13c6b7d00634305',
  'tests/knowledge/blind/blind-set-14.json': 'b79b9177d87e2ec1e0c0821458e3a2fb20528035e8d136b6553d59cd9284d8ed',
  'tests/knowledge/blind/blind-set-15.json': '07bc2e59c04d6b0c29cbfb7f8b81f356d104fd3d4a45c717f5cd437645d6836c',
  'tests/knowledge/blind/blind-set-16.json': '298871d416ec62a7f7bf0d840f6bda86282c10895617ad6b774ee4ea2572662e',
  'tests/forms/blind/blind-set.json': 'a04e948b61f74c3f8634cef243ab2c2200a77333db13f4c6d579015a98c00711',
  'tests/forms/blind/blind-set-3.json': '79a65fbed9a37ca7270fe934532b5cb3c721a57badca913c33312992ada2b2cc',
  'tests/forms/blind/blind-set-4.json': '4d07da431a871721749cdec0bd7017efd7c4747bd0c83ee53470ee1e87e53c61',
  'tests/forms/blind/blind-set-5.json': '045f5888916ecfd28891cc6559a84cfecda4e6ec9da1006cac48677a901734a8',
  'tests/forms/blind/blind-set-6.json': '66d3086bc2ce937e7c02b47970eb7f8be4bb68d9fae1406e1a38e7bc3d7386d8',
  'tests/forms/blind/blind-set-7.json': '1b2b69804080f7d596a0e298f0be5b360bb703b710c6abee458a4f8c3199c172',
  'tests/forms/blind/blind-set-8.json': '23612e86c6491280b03bc2f79621fdc7e3c3fa1a5fc8d7383a505f306fd7f425',
  'tests/forms/blind/blind-set-9.json': '75363fd6bd249842031b7511d54e04bb31cd064a6d1131e9adb04f4fdc5dbfe0',
  'tests/forms/blind/blind-set-10.json': 'ef979209ca680f2a0aa9e2c75ad0ff13fecaa6e62c424a15279a73e7dec90cdf',
  'tests/forms/blind/blind-set-11.json': '6efb4f3364883b02d741ba3e6a3d31c4879973a9a92bad866940387f9fc1fbd8',
  'tests/forms/blind/blind-set-12.json': 'b6f7f2919ef1d7d2f4c0c6c73b16a8512ec5b9ec5d85f818667651b32092b56b',
  'tests/forms/blind/blind-set-13.json': '86d8ee8a6429b914d5be861adb3d3abba3dda4ce3be71fcd4ca278d1d7dfe86a',
  'tests/forms/blind/blind-set-14.json': '41d437c4511456a84e33ebd057f53edfed6b23464a6e96606642b9fe6e9c19f2',
  'tests/forms/blind/blind-set-15.json': 'c135b6058463273b0310757077ad7a21ea2d7722b61e916c151f7ff8f9003e42',
  'tests/forms/blind/blind-set-16.json': 'd0d15bd84a1920261fef8a8ca009d5e52ee806e83f994de7a6bfebfe72f30f13',
  'tests/forms/blind/blind-set-17.json': 'f889b78a31ecfc608a8b2ef108a6d5e9fb63d6eb84fae63729e943588bed14b1',
};

describe('the blind evaluation sets are frozen', () => {
  for (const [path, hash] of Object.entries(PINNED)) {
    it(`${path} is byte for byte the committed set`, () => {
      const actual = createHash('sha256')
        .update(readFileSync(new URL(`../${path}`, import.meta.url)))
        .digest('hex');
      expect(actual).toBe(hash);
    });
  }
});
