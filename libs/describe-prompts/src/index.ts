// Versioned prompt templates and the attribute JSON schema for the describer's vision-language model path.
// Pure: no I/O, no infrastructure packages (tag type:pure).
export * from './json-schema';
export * from './attribute-schema';
export * from './measurements';
export * from './templates';
export * from './render';
