import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/engine/problems';
import { checkProfileFolder } from '../../../src/engine/profiles/check-folder';
import { loadProfiles, profileFolderProblems } from '../../../src/node/profiles';
import { PROFILES_DIR } from './helpers';

const text = (id: string): string => readFileSync(`${PROFILES_DIR}/${id}.yaml`, 'utf8');
const file = (id: string, body = text(id)) => ({ file: `flows/profiles/${id}.yaml`, text: body });

describe('the profiles folder', () => {
  it('as shipped has nothing to report', () => {
    expect(checkProfileFolder('flows/profiles', ['hallingdal', 'national', 'vestfold'].map((id) => file(id)))).toEqual([]);
  });

  it('must have national.yaml: without it no profile shows 112, 113 or 02800', () => {
    expect(checkProfileFolder('flows/profiles/', [file('hallingdal'), file('vestfold')]).map(formatProblem)).toEqual([
      'flows/profiles/national.yaml: error NATIONAL_PROFILE_MISSING the profiles folder has no national.yaml: without it no profile shows 112, 113, 02800 or the other national lines — restore the file',
    ]);
  });

  it('warns when two profiles share a name: the user picks a profile by its name', () => {
    const copy = file('ringerike', text('hallingdal').replace('id: hallingdal', 'id: ringerike'));
    expect(checkProfileFolder('flows/profiles', [file('hallingdal'), file('national'), copy]).map(formatProblem)).toEqual([
      "flows/profiles/ringerike.yaml:4:13: warning DUPLICATE_PROFILE_NAME the name (nb, nn, en) is the same as profile hallingdal's (flows/profiles/hallingdal.yaml): users choose a profile by its name, so give this one its own (at name.nb)",
    ]);
  });

  it('names a profile the same in one language only when that is where they clash', () => {
    const copy = file('ringerike', text('hallingdal').replace('id: hallingdal', 'id: ringerike').replace('name: { nb: Hallingdal, nn: Hallingdal,', 'name: { nb: Ringerike, nn: Ringerike,'));
    expect(checkProfileFolder('flows/profiles', [file('hallingdal'), file('national'), copy]).map((p) => `${p.code} ${p.path.join('.')}`)).toEqual(['DUPLICATE_PROFILE_NAME name.en']);
  });
});

describe('loadProfiles, which compile and the build read', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tiltakskort-profiles-'));
    for (const id of ['hallingdal', 'national', 'vestfold']) copyFileSync(`${PROFILES_DIR}/${id}.yaml`, join(dir, `${id}.yaml`));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a folder without national.yaml (compile writes nothing on an error)', () => {
    unlinkSync(join(dir, 'national.yaml'));
    const { problems } = loadProfiles(dir);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['NATIONAL_PROFILE_MISSING', 'error']]);
    expect(problems[0]?.file).toMatch(/national\.yaml$/);
  });

  it('reports two profiles of one name', () => {
    writeFileSync(join(dir, 'ringerike.yaml'), text('hallingdal').replace('id: hallingdal', 'id: ringerike'));
    expect(loadProfiles(dir).problems.map((p) => [p.code, p.line])).toEqual([['DUPLICATE_PROFILE_NAME', 4]]);
  });

  it('has its folder checks on their own for the commands that check a folder file by file', () => {
    expect(profileFolderProblems(dir)).toEqual([]);
    unlinkSync(join(dir, 'national.yaml'));
    expect(profileFolderProblems(dir, (p) => p).map(formatProblem)).toEqual([expect.stringMatching(/national\.yaml: error NATIONAL_PROFILE_MISSING /)]);
    expect(profileFolderProblems(join(dir, 'no-such-folder'))).toEqual([]);
  });

  it('refuses a national.yaml whose 112 has been changed', () => {
    writeFileSync(join(dir, 'national.yaml'), text('national').replace('phone: "112"', 'phone: "113"'));
    expect(loadProfiles(dir).problems.map((p) => p.code)).toEqual(['NATIONAL_LINE_MISSING']);
  });
});
