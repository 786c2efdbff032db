package dev.tminus.resource.payload;

import dev.tminus.json.Format;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Nullable;
import dev.tminus.json.Required;
import dev.tminus.resource.agency.AgencyNormal;
import dev.tminus.resource.config.PayloadType;
import dev.tminus.resource.image.Image;
import dev.tminus.resource.program.ProgramMini;
import java.util.List;

/** LL2 {@code PayloadNormal}, in {@code "normal"} mode: the lists' default of {@code /2.3.0/payloads/}. */
public record PayloadNormal(
    String responseMode,
    @Required int id,
    @NotRequired String name,
    PayloadType type,
    AgencyNormal manufacturer,
    AgencyNormal operator,
    @Nullable Image image,
    @Format("uri") @NotRequired String wikiLink,
    @Format("uri") @NotRequired String infoLink,
    List<ProgramMini> program,
    @Nullable @NotRequired Integer cost,
    @Nullable @NotRequired Double mass,
    @NotRequired String description) {}
