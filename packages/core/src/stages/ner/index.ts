// Barrel: filled by the module's owner.
export {};
