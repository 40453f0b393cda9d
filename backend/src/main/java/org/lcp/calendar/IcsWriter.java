package org.lcp.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.lcp.consultation.CallAudience;
import org.lcp.consultation.CallState;

/**
 * Writes schedule entries as an RFC 5545 calendar with ical4j: learning sessions as all-day events,
 * calls in their time zone (with its VTIMEZONE), each with a stable UID, its SEQUENCE and STATUS.
 */
public final class IcsWriter {

  public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
  private static final String PRODUCT = "-//Learning Collaborative Platform//Schedule//EN";
  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();
  private static final TimeZoneRegistry JDK_ZONES = new JdkZones(ZONES);

  private IcsWriter() {}

  public static Calendar calendar(String name, List<Entry> entries) {
    List<VEvent> events = new ArrayList<>();
    Set<String> zones = new LinkedHashSet<>();
    for (Entry e : entries) {
      VEvent event;
      if (e.allDay()) {
        event = new VEvent(e.startDate(), e.endDate().plusDays(1), summary(e));
      } else {
        ZoneId zone = ZoneId.of(e.timeZone());
        TimeZone tz = ZONES.getTimeZone(zone.getId());
        if (tz != null) {
          zones.add(zone.getId());
          event =
              new VEvent(
                  ZonedDateTime.ofInstant(e.startsAt(), zone),
                  ZonedDateTime.ofInstant(e.endsAt(), zone),
                  summary(e));
          for (String p : List.of(Property.DTSTART, Property.DTEND)) {
            event.<DateProperty<?>>getProperty(p).ifPresent(d -> d.setTimeZoneRegistry(JDK_ZONES));
          }
        } else {
          // a zone ical4j has no definition for: write UTC times instead
          event = new VEvent(e.startsAt(), e.endsAt(), summary(e));
        }
      }
      event.replace(new DtStamp(e.updatedAt() == null ? Instant.now() : e.updatedAt()));
      event.add(new Uid(e.uid()));
      event.add(new Sequence(e.sequence()));
      event.add(
          new Status(
              e.state() == CallState.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
      if (e.updatedAt() != null) {
        event.add(new LastModified(e.updatedAt()));
      }
      String location = location(e);
      if (location != null) {
        event.add(new Location(location));
      }
      URI url = url(e.joinUrl());
      if (url != null) {
        event.add(new Url(url));
      }
      String description = description(e);
      if (!description.isEmpty()) {
        event.add(new Description(description));
      }
      events.add(event);
    }
    Calendar calendar =
        new Calendar()
            .withProdId(PRODUCT)
            .withDefaults()
            .withProperty(new XProperty("X-WR-CALNAME", name))
            .getFluentTarget();
    for (String zone : zones) {
      calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
    }
    events.forEach(calendar::add);
    return calendar;
  }

  /** The calendar as text: CRLF line ends, lines folded at 75 octets (RFC 5545, 3.1). */
  public static String write(String name, List<Entry> entries) {
    return text(calendar(name, entries));
  }

  /**
   * An iTIP message (RFC 5546) to attach to an e-mail: {@code REQUEST} for one event scheduled or
   * moved, {@code CANCEL} for events cancelled, {@code PUBLISH} for several at once (a series).
   * Each event keeps the UID and SEQUENCE of the feeds, so a calendar program that imported the
   * invitation, or subscribed to a feed, updates the same event.
   */
  public static String invitation(
      String method, String organizer, String name, List<Entry> entries) {
    Calendar calendar = calendar(name, entries);
    calendar.add(new Method(method));
    if (organizer != null) {
      for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
        event.add(new Organizer(URI.create("mailto:" + organizer)));
      }
    }
    return text(calendar);
  }

  private static String text(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String summary(Entry e) {
    String prefix = e.state() == CallState.CANCELLED ? "Cancelled: " : "";
    if (e.type() == ScheduleItemType.LEARNING_SESSION) {
      return prefix + e.title() + " – " + e.collaborativeTitle();
    }
    String kind =
        switch (e.callKind()) {
          case INFORMATIONAL -> "Informational call";
          case WEBINAR -> "Webinar";
          default -> "Consultation call";
        };
    return prefix + kind + ": " + e.title();
  }

  private static String location(Entry e) {
    if (e.location() != null) {
      return e.location();
    }
    if (e.joinUrl() != null) {
      return e.joinUrl();
    }
    return e.phoneNumber();
  }

  private static URI url(String joinUrl) {
    if (joinUrl == null) {
      return null;
    }
    try {
      return new URI(joinUrl);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String description(Entry e) {
    List<String> lines = new ArrayList<>();
    lines.add(e.collaborativeTitle());
    if (e.type() == ScheduleItemType.CALL) {
      if (e.audience() == CallAudience.TEAM && e.teamName() != null) {
        lines.add("For the team of " + e.teamName());
      }
      if (e.facilitatorName() != null) {
        lines.add("Facilitator: " + e.facilitatorName());
      }
    }
    if (e.joinUrl() != null) {
      lines.add("Join: " + e.joinUrl());
    }
    if (e.phoneNumber() != null) {
      lines.add(
          "Phone: " + e.phoneNumber() + (e.accessCode() == null ? "" : ", code " + e.accessCode()));
    } else if (e.accessCode() != null) {
      lines.add("Code: " + e.accessCode());
    }
    if (e.description() != null) {
      lines.add("");
      lines.add(e.description());
    }
    return String.join("\n", lines).trim();
  }
}
