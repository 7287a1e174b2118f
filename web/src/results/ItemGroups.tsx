import { useTranslation } from 'react-i18next';
import type { ItemGroup, ItemResult } from '../../../src/engine/types.ts';
import { ItemCard } from './ItemCard.tsx';

const GROUPS: ItemGroup[] = ['basic', 'bonus', 'deduction'];

/** The breakdown, in the scheme's groups; within each, scoring items and items to confirm come first. */
export function ItemGroups({ items }: { items: readonly ItemResult[] }) {
  const { t } = useTranslation();
  const weight = (i: ItemResult) => (i.points !== 0 ? 0 : i.conditions.some((c) => c.status === 'confirm') ? 1 : 2);
  return (
    <div className="item-groups">
      {GROUPS.map((g) => {
        const list = items.filter((i) => i.group === g).sort((a, b) => weight(a) - weight(b));
        return (
          <section key={g} aria-label={t(`result.group.${g}`)}>
            <h3>{t(`result.group.${g}`)}</h3>
            <ul className="items">
              {list.map((i) => (
                <ItemCard key={i.id} item={i} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
