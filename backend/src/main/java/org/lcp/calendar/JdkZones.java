package org.lcp.calendar;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * The time-zone registry the feeds' DTSTART and DTEND are written with: ical4j's registry for the
 * VTIMEZONE definitions, the JDK's zones for the times. Without a registry ical4j resolves a TZID
 * through {@link TimeZoneRegistry#getGlobalZoneId}, which copies the JDK's set of ~600 zone ids on
 * every call (twice per event: half of a feed's time) to end with {@code ZoneId.of(tzId)} — the
 * zone returned here directly, so the text written is the same.
 */
final class JdkZones implements TimeZoneRegistry {

  private final TimeZoneRegistry definitions;
  // ical4j asks this registry only while it holds rules: UTC from the start, each zone once used
  private final Map<String, ZoneRules> rules =
      new ConcurrentHashMap<>(Map.of("UTC", ZoneOffset.UTC.getRules()));

  JdkZones(TimeZoneRegistry definitions) {
    this.definitions = definitions;
  }

  @Override
  public ZoneId getZoneId(String tzId) {
    ZoneId zone = ZoneId.of(tzId, ZONE_ALIASES);
    rules.computeIfAbsent(zone.getId(), id -> zone.getRules());
    return zone;
  }

  @Override
  public Map<String, ZoneRules> getZoneRules() {
    return Collections.unmodifiableMap(rules);
  }

  @Override
  public String getTzId(String zoneId) {
    return definitions.getTzId(zoneId);
  }

  @Override
  public TimeZone getTimeZone(String id) {
    return definitions.getTimeZone(id);
  }

  @Override
  public void register(TimeZone timezone) {
    definitions.register(timezone);
  }

  @Override
  public void register(TimeZone timezone, boolean update) {
    definitions.register(timezone, update);
  }

  @Override
  public void clear() {
    definitions.clear();
  }
}
