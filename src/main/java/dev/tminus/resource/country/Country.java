package dev.tminus.resource.country;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tminus.json.NotRequired;
import dev.tminus.json.Required;

/** LL2 {@code Country}: {@code /2.3.0/config/countries/}, and the country of agencies, locations and pads. */
public record Country(
    @Required int id,
    @NotRequired String name,
    @JsonProperty("alpha_2_code") @NotRequired String alpha2Code,
    @JsonProperty("alpha_3_code") @NotRequired String alpha3Code,
    @NotRequired String nationalityName,
    @NotRequired String nationalityNameComposed) {}
