package dev.tminus.resource.agency;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code AgencyType}. */
public record AgencyType(@Required int id, @NotRequired String name) {}
