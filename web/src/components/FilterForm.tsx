import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { navigate, useLocation, withParams } from '../router';

export interface Field {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'search';
  options?: Array<[value: string, label: string]>;
}

/**
 * A filter form whose values live in the URL: submitting navigates, so a filtered list can be shared and
 * the back button undoes a filter.
 */
export function FilterForm({ fields, children }: { fields: Field[]; children?: ReactNode }) {
  const location = useLocation();
  const fromUrl = () => Object.fromEntries(fields.map((f) => [f.name, location.query.get(f.name) ?? '']));
  const [values, setValues] = useState<Record<string, string>>(fromUrl);
  const key = location.query.toString();
  useEffect(() => {
    setValues(fromUrl());
  }, [key]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(withParams(location, { ...values, offset: null }));
  };
  return (
    <form className="filters" onSubmit={submit}>
      {fields.map((field) => (
        <label key={field.name}>
          {field.label}{' '}
          {field.options ? (
            <select
              name={field.name}
              value={values[field.name] ?? ''}
              onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
            >
              {field.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          ) : (
            <input
              name={field.name}
              type={field.type ?? 'text'}
              value={values[field.name] ?? ''}
              onChange={(e) => setValues({ ...values, [field.name]: e.target.value })}
            />
          )}
        </label>
      ))}
      <button type="submit">Apply</button>
      {children}
    </form>
  );
}
