import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventRows as read } from './events-fixture.js';

test('an event noun set aside ("X, not Y", "X rather than Y") is not asserted; the kept one is', () => {
  assert.deepEqual(read('The United States will offer Ghana trade, not aid.'), []);
  assert.deepEqual(read('Egypt offered Sudan trade rather than aid.'), []);
  assert.deepEqual(read('Hamas and Fatah met, rather than fight.'), [
    ['CONSULT', 'asserted', 'met', ['Hamas/PSE/null', 'Fatah/null/null'], []],
  ]);
  assert.deepEqual(read('Qatar sent aid to Gaza.'), [
    ['AID', 'asserted', 'sent aid', ['Qatar/QAT/null'], ['Gaza/PSE/null']],
  ]);
});

test('aid another party restricts, blocks or allows in is no aid of theirs', () => {
  assert.deepEqual(read('Israel must lift its restrictions on humanitarian aid.'), []);
  assert.deepEqual(read('Israel decided to allow humanitarian aid into Gaza.'), []);
  assert.deepEqual(read('Israel blocked aid to Gaza.'), []);
  assert.deepEqual(read('Germany aided Ukraine.'), [
    ['AID', 'asserted', 'aided', ['Germany/DEU/null'], ['Ukraine/UKR/null']],
  ]);
});

test('sanctions lifted are called off, imposed ones asserted', () => {
  assert.deepEqual(read('The Treasury announced the lifting of sanctions on Syria.'), [
    ['SANCTION', 'called-off', 'sanctions', ['Treasury/null/null'], ['Syria/SYR/null']],
  ]);
  assert.deepEqual(read('The European Union imposed sanctions on Russia.'), [
    ['SANCTION', 'asserted', 'sanctions', ['European Union/null/international'], ['Russia/RUS/null']],
  ]);
});

test('a legal battle or a fight for a cause is no armed fight; one for a place, or timed, is', () => {
  assert.deepEqual(read('Apple kicked off a legal battle with the European Commission.'), []);
  assert.deepEqual(read('The Cohen family fought for the release of their daughter from Hamas.'), []);
  assert.deepEqual(read('Russian forces fought for Bakhmut.'), [
    ['FIGHT', 'asserted', 'fought', ['Russia/RUS/military'], ['Bakhmut/UKR/null']],
  ]);
  assert.deepEqual(
    read('Cameroonian militants are fighting for the independence of the anglophone regions.'),
    [['FIGHT', 'asserted', 'fighting', ['Cameroon/CMR/opposition'], []]],
  );
  assert.deepEqual(read('Sudanese rebels shelled Juba for the first time.'), [
    ['FIGHT', 'asserted', 'shelled', ['Sudan/SDN/opposition'], ['Government of South Sudan/SSD/government']],
  ]);
});

test('mobilising or aiding a thing moves no forces and helps no party', () => {
  assert.deepEqual(read('Israel managed to mobilize an enormous number of votes.'), []);
  assert.deepEqual(read('Samsung aided the growth of the club.'), []);
  assert.deepEqual(read('Russia mobilized troops on the border with Ukraine.'), [
    ['MOBILIZE', 'asserted', 'mobilized', ['Russia/RUS/null'], ['Ukraine/UKR/null']],
  ]);
});

test('a news conference, or a conference one speaks at, is no meeting; one held by parties is', () => {
  assert.deepEqual(read('The French minister spoke at a news conference in Paris.'), []);
  assert.deepEqual(read("Gantz spoke at the Zionist Organization's annual conference in New York."), []);
  assert.deepEqual(read('The leaders of France and Germany held a conference in Paris.'), [
    ['CONSULT', 'asserted', 'conference', ['France/FRA/government', 'Germany/DEU/government'], []],
  ]);
});

test('a warning of a danger is no threat; one warning a party against an act is', () => {
  assert.deepEqual(read('Brazil warned of the possible collapse of the rainforest.'), []);
  assert.deepEqual(read('The UN said the babies are at risk, as the IPC has warned about.'), []);
  assert.deepEqual(read('Iran warned Israel against an attack.'), [
    ['THREATEN', 'asserted', 'warned', ['Iran/IRN/null'], ['Israel/ISR/null']],
  ]);
});

test('an act that is the topic of talks ("talks on attacking Sudan") is not asserted', () => {
  assert.deepEqual(read('Egypt and Jordan held talks on attacking Sudan.'), [
    ['CONSULT', 'asserted', 'held talks', ['Egypt/EGY/null', 'Jordan/JOR/null'], ['Sudan/SDN/null']],
  ]);
});
