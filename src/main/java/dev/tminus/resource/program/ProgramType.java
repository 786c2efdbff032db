package dev.tminus.resource.program;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code ProgramType}. */
public record ProgramType(@Required int id, @NotRequired String name) {}
