import { DataTable, Mono } from '@/components/catalog/table';
import type { SchemaKey } from '@/lib/authoring/schema-keys';

/** The top-level keys of a catalog file, from the schema itself; `?` marks an optional member. */
export function SchemaKeys({ keys }: { keys: SchemaKey[] }) {
  return (
    <DataTable
      caption="Top-level keys of catalog.yaml"
      head={['Key', 'Required', 'Value', 'Members (? = optional)']}
      rows={keys.map((k) => [
        <Mono key="k">{k.key}</Mono>,
        k.required ? 'Yes' : 'No',
        k.type,
        k.keys.length ? <Mono key="m">{k.keys.join(', ')}</Mono> : '—',
      ])}
    />
  );
}
