import { DataTable, Mono } from '@/components/catalog/table';
import { schemaKeys } from '@/lib/authoring/schema-keys';

/** The top-level keys of a catalog file, from the schema itself; `?` marks an optional member. */
export function SchemaKeys() {
  return (
    <DataTable
      caption="Top-level keys of catalog.yaml"
      head={['Key', 'Required', 'Value', 'Members (? = optional)']}
      rows={schemaKeys().map((k) => [<Mono key="k">{k.key}</Mono>, k.required ? 'Yes' : 'No', k.type, k.keys.length ? <Mono key="m">{k.keys.join(', ')}</Mono> : '—'])}
    />
  );
}
