import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeAccount, loginFailure, returnPath } from '../../main/resources/static/js/account-format.js';

test('the header names the mode, or the account with its role and area', () => {
  assert.equal(describeAccount({ mode: 'local', authenticated: true, name: 'local' }), 'lokale modus');
  assert.equal(describeAccount({ mode: 'server', authenticated: false }), 'niet ingelogd');
  assert.equal(describeAccount({ mode: 'server', authenticated: true, name: 'anna', role: 'region', region: 'VR17' }),
    'anna · regio VR17');
  assert.equal(describeAccount({ mode: 'server', authenticated: true, name: 'gem', role: 'municipality', region: 'VR17',
    municipality: 'GM0599' }), 'gem · gemeente GM0599 (VR17)');
  assert.equal(describeAccount({ mode: 'server', authenticated: true, name: 'lcms', role: 'national' }), 'lcms · landelijk');
  assert.equal(describeAccount({ mode: 'server', authenticated: true, name: 'k', role: 'viewer' }), 'k · meekijker (alle regio’s)');
});

test('login failures in Dutch, and only local return paths', () => {
  assert.match(loginFailure(401), /Onjuiste gebruikersnaam of wachtwoord/);
  assert.match(loginFailure(429), /Te veel mislukte pogingen/);
  assert.equal(returnPath('?terug=%2F%3Fregio%3DVR17'), '/?regio=VR17');
  assert.equal(returnPath('?terug=https%3A%2F%2Fevil.example'), '/');
  assert.equal(returnPath('?terug=%2F%2Fevil.example'), '/');
  assert.equal(returnPath('?terug=%2Flogin.html'), '/');
  assert.equal(returnPath(''), '/');
});
