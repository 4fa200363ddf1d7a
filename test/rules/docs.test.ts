import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, ENGINE_CODES } from '../../server/src/core/rules/index';

test('every rule and engine code has a docs/rules page naming it and its severities', () => {
  for (const id of [...ALL_RULES.map((r) => r.id), ...ENGINE_CODES]) {
    const p = join(__dirname, '../../docs/rules', `${id}.md`);
    assert.ok(existsSync(p), `missing ${p}`);
    const md = readFileSync(p, 'utf8');
    assert.match(md, new RegExp(`^# ${id}$`, 'm'));
  }
  for (const r of ALL_RULES) {
    const md = readFileSync(join(__dirname, '../../docs/rules', `${r.id}.md`), 'utf8');
    for (const sev of new Set(Object.values(r.severity))) if (sev !== 'off') assert.match(md, new RegExp(sev), `${r.id}.md does not mention ${sev}`);
  }
});
