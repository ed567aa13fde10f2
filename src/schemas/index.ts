export * from './common.ts';
export * from './site.ts';
export * from './theme.ts';
export * from './district.ts';
export * from './programme.ts';
export * from './project.ts';
export * from './update.ts';
