import { CATEGORIES, SERVICES, type Category, type FinderState, type Town } from '../../lib/office-finder.ts';
import { SERVICE_LABELS } from './OfficeCard.tsx';
import { capitalize, fill, type FinderStrings } from './strings.ts';

/**
 * The filters: native form controls only (select, radio buttons, checkboxes, a search field), so they work the
 * same with a keyboard, a screen reader or a finger. Every change applies at once; the result count is announced
 * by the list's status line. «Показать офисы» submits nothing — it takes the visitor to the results (GOV.UK's
 * "apply" button, for those who look for one, and for Enter in the search field).
 */
interface Props {
  state: FinderState;
  towns: readonly Town[];
  strings: FinderStrings;
  /** The visitor's position is known (they allowed geolocation). */
  hasPosition: boolean;
  onChange: (patch: Partial<FinderState>, options?: { typing?: boolean }) => void;
  onLocate: () => void;
  locating: boolean;
  /** «Показать офисы»: the filters apply as they change; this goes to the results. */
  onApply: () => void;
  /** The island runs and has read the URL: marked on the form (data-hydrated), as the intake's forms are. */
  hydrated: boolean;
}

const CATEGORY_LABELS = {
  individuals: 'offices.filter.category.individuals',
  'legal-entities': 'offices.filter.category.legalEntities',
} as const;

export default function FinderFilters({ state, towns, strings, hasPosition, onChange, onLocate, locating, onApply, hydrated }: Props) {
  // One finder per page, so a fixed prefix: the server (React) and the browser (Preact, see astro.config.mjs) must
  // write the same ids, and their useId() do not agree.
  const id = 'finder-filters';
  const toggleService = (service: (typeof SERVICES)[number], on: boolean) =>
    onChange({ services: SERVICES.filter((item) => (item === service ? on : state.services.includes(item))) });
  return (
    <form
      className="finder-filters with-script"
      data-hydrated={hydrated || undefined}
      role="search"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <h2 id={`${id}-title`}>{strings['offices.finder.title']}</h2>
      <div className="field">
        <label htmlFor={`${id}-q`}>{strings['offices.filter.query']}</label>
        <p className="hint" id={`${id}-q-hint`}>
          {strings['offices.filter.query.hint']}
        </p>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          autoComplete="off"
          aria-describedby={`${id}-q-hint`}
          value={state.query}
          onChange={(event) => onChange({ query: event.target.value }, { typing: true })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-municipality`}>{strings['offices.filter.municipality']}</label>
        <select id={`${id}-municipality`} name="municipality" value={state.municipality ?? ''} onChange={(event) => onChange({ municipality: event.target.value || null })}>
          <option value="">{strings['offices.filter.municipality.all']}</option>
          {towns.map((town) => (
            <option key={town.slug} value={town.slug}>
              {town.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{strings['offices.filter.category']}</legend>
        {[null, ...CATEGORIES].map((category: Category | null) => (
          <label key={category ?? 'all'} className="choice">
            <input type="radio" name="for" value={category ?? ''} checked={state.category === category} onChange={() => onChange({ category })} />
            {capitalize(strings[category ? CATEGORY_LABELS[category] : 'offices.filter.category.all'])}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{strings['offices.filter.services']}</legend>
        {SERVICES.map((service) => (
          <label key={service} className="choice">
            <input type="checkbox" name="service" value={service} checked={state.services.includes(service)} onChange={(event) => toggleService(service, event.target.checked)} />
            {capitalize(strings[SERVICE_LABELS[service]])}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="choice strong">
          <input type="checkbox" name="open" value="now" checked={state.openNow} onChange={(event) => onChange({ openNow: event.target.checked })} />
          {strings['offices.filter.openNow']}
        </label>
        <p className="hint">{strings['offices.moscowTime']}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>{strings['offices.sort']}</label>
        <select id={`${id}-sort`} name="near" value={state.near ?? ''} onChange={(event) => onChange({ near: event.target.value || null })}>
          <option value="">{capitalize(strings['offices.sort.municipality'])}</option>
          {hasPosition && <option value="me">{capitalize(strings['offices.sort.me'])}</option>}
          {towns.map((town) => (
            <option key={town.slug} value={town.slug}>
              {fill(strings['offices.sort.near'], { town: town.name })}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={onLocate} disabled={locating}>
          {strings['offices.geo.button']}
        </button>
      </div>
      <p className="finder-actions">
        <button type="submit">{strings['offices.filter.apply']}</button>
        <button type="button" className="secondary" onClick={() => onChange({ municipality: null, category: null, services: [], openNow: false, query: '', near: null })}>
          {strings['offices.filter.reset']}
        </button>
      </p>
    </form>
  );
}
