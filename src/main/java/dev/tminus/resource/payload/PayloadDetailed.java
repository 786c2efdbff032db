package dev.tminus.resource.payload;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyDetailed;
import dev.tminus.resource.config.PayloadType;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.program.ProgramNormal;
import java.util.List;

/**
 * LL2 {@code PayloadDetailed}, in {@code "detailed"} mode: {@code /2.3.0/payloads/{id}/} and a
 * detailed launch's payload flights. Its manufacturer and operator are {@code AgencyDetailed}s that
 * say {@code "normal"}, as in upstream's Sputnik 1 sample.
 */
public record PayloadDetailed(
    String responseMode,
    @Required int id,
    @NotRequired String name,
    PayloadType type,
    AgencyDetailed manufacturer,
    AgencyDetailed operator,
    @Nullable Image image,
    @Format("uri") @NotRequired String wikiLink,
    @Format("uri") @NotRequired String infoLink,
    List<ProgramNormal> program,
    @Nullable @NotRequired Integer cost,
    @Nullable @NotRequired Double mass,
    @NotRequired String description) {}
