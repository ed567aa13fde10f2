/** Small typed entries for model tests, built through the real schemas so that defaults apply. */
import { ProjectSchema, type Project } from '../../src/schemas/project.ts';
import { UpdateSchema, type Update } from '../../src/schemas/update.ts';
import type { Entry } from '../../src/model/entry.ts';

export function project(id: string, fields: Partial<Record<keyof Project, unknown>> = {}): Entry<Project> {
  const data = ProjectSchema.parse({
    title: id,
    programme: Number(id.split('/')[0]),
    theme: 'health',
    districts: ['east'],
    status: 'in-progress',
    progress: 10,
    asOf: '2022-01',
    leadDepartment: 'Health bureau',
    ...fields,
  });
  return { id, data };
}

export function update(id: string, projects: string[], fields: Partial<Record<keyof Update, unknown>> = {}): Entry<Update> {
  const data = UpdateSchema.parse({ date: id.slice(0, 10), title: id, projects, kind: 'progress', ...fields });
  return { id, data };
}
