import { describe, expect, it } from 'vitest';
import { compareIn } from './collation';

describe('alphabetical order', () => {
  it('puts Tatar letters where the Tatar alphabet has them', () => {
    const words = ['Үрнәк', 'Ютазы', 'Әлки', 'Актаныш', 'Өч', 'Һади', 'Хан', 'Ңа', 'Нурлат', 'Җәй', 'Зәй', 'Жук'];
    expect([...words].sort(compareIn('tt'))).toEqual(['Актаныш', 'Әлки', 'Жук', 'Җәй', 'Зәй', 'Нурлат', 'Ңа', 'Өч', 'Үрнәк', 'Хан', 'Һади', 'Ютазы']);
  });

  it('orders Russian as Russian', () => {
    expect(['Ютазинский', 'Елабужский', 'Агрызский'].sort(compareIn('ru'))).toEqual(['Агрызский', 'Елабужский', 'Ютазинский']);
  });
});
