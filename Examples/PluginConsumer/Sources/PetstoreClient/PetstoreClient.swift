// The generated client (Client, PetsAPI, Pet, ...) is added to this module by GenerateClientPlugin at build time.
