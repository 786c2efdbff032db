package dev.tminus.resource.config;

import dev.tminus.json.Required;

/** LL2 {@code NoticeType}: {@code /2.3.0/config/notice_types/}. */
public record NoticeType(
    @Required int id,
    String name) {}
