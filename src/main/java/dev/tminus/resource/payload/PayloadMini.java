package dev.tminus.resource.payload;

import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyMini;
import dev.tminus.resource.config.PayloadType;
import dev.tminus.resource.image.Image;

/** LL2 {@code PayloadMini}, in {@code "list"} mode: {@code /2.3.0/payloads/?mode=list}, a docking location's payload. Upstream gives payloads no {@code url}. */
public record PayloadMini(
    String responseMode,
    @Required int id,
    @NotRequired String name,
    PayloadType type,
    AgencyMini manufacturer,
    AgencyMini operator,
    @Nullable Image image) {}
