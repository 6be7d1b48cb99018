import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../../src/components/base/define.js';

describe('defineElement', () => {
  let warnings: unknown[][];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('defines an element the first time', () => {
    const name = `iop-define-a-${Math.random().toString(36).slice(2, 8)}`;
    class First extends LitElement {}
    defineElement(name, First);
    expect(customElements.get(name)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class and warns once, naming only the tag, when another copy defines the same name', () => {
    const name = `iop-define-b-${Math.random().toString(36).slice(2, 8)}`;
    class First extends LitElement {}
    class Second extends LitElement {}
    defineElement(name, First);
    expect(() => defineElement(name, Second)).not.to.throw();
    expect(() => defineElement(name, class Third extends LitElement {})).not.to.throw();
    expect(customElements.get(name)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(`<${name}>`);
  });

  it('is silent when the same class is defined again (the same kit imported twice)', () => {
    const name = `iop-define-c-${Math.random().toString(36).slice(2, 8)}`;
    class Same extends LitElement {}
    defineElement(name, Same);
    defineElement(name, Same);
    expect(warnings).to.deep.equal([]);
  });

  it('does not throw for a name the registry rejects or a class already registered elsewhere', () => {
    class Reused extends LitElement {}
    defineElement(`iop-define-d-${Math.random().toString(36).slice(2, 8)}`, Reused);
    expect(() => defineElement(`iop-define-e-${Math.random().toString(36).slice(2, 8)}`, Reused)).not.to.throw();
    expect(() => defineElement('NotAValidName', class extends LitElement {})).not.to.throw();
    expect(warnings).to.have.length(2);
  });
});
