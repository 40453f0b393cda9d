package org.lcp.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.consultation.Call;
import org.lcp.consultation.CallAudience;
import org.lcp.consultation.RegistrationRepository;
import org.lcp.consultation.RegistrationRepository.Registrants;
import org.lcp.organization.MembershipRepository;
import org.lcp.organization.MembershipRepository.Reader;
import org.lcp.session.LearningSession;
import org.lcp.team.Team;
import org.lcp.team.TeamRepository;

/**
 * Who a learning session or a call concerns, by the same rule as a person's schedule ({@link
 * ScheduleService#person}): the collaborative's faculty; for a learning session and a call for the
 * whole collaborative, the people of every enrolled team's organisation; for a team's call, that
 * team's organisation; for an informational call or a webinar, the organisations registered for it
 * and the people who registered on their own. Each with the time zone they read times in: their
 * organisation's, or null (the event's own zone). Read for many events at once in four queries.
 */
@ApplicationScoped
public class Audiences {

  private final FacultyRepository faculty;
  private final TeamRepository teams;
  private final RegistrationRepository registrations;
  private final MembershipRepository memberships;

  public Audiences(
      FacultyRepository faculty,
      TeamRepository teams,
      RegistrationRepository registrations,
      MembershipRepository memberships) {
    this.faculty = faculty;
    this.teams = teams;
    this.registrations = registrations;
    this.memberships = memberships;
  }

  /** The people each session concerns (user id to time zone or null), by session id. */
  public Map<UUID, Map<UUID, String>> ofSessions(Collection<LearningSession> sessions) {
    Set<UUID> collaboratives = new HashSet<>();
    sessions.forEach(s -> collaboratives.add(s.collaborativeId));
    Loaded l = load(collaboratives, List.of());
    Map<UUID, Map<UUID, String>> out = new HashMap<>();
    for (LearningSession s : sessions) {
      out.put(s.id, l.readers(s.collaborativeId, l.teamOrganizations(s.collaborativeId, null)));
    }
    return out;
  }

  /** The people each call concerns (user id to time zone or null), by call id. */
  public Map<UUID, Map<UUID, String>> ofCalls(Collection<Call> calls) {
    Set<UUID> collaboratives = new HashSet<>();
    List<UUID> informational = new ArrayList<>();
    for (Call c : calls) {
      collaboratives.add(c.collaborativeId);
      if (c.kind.open()) {
        informational.add(c.id);
      }
    }
    Loaded l = load(collaboratives, informational);
    Map<UUID, Map<UUID, String>> out = new HashMap<>();
    for (Call c : calls) {
      List<UUID> organizations =
          c.kind.open()
              ? l.registered.organizations().getOrDefault(c.id, List.of())
              : l.teamOrganizations(
                  c.collaborativeId,
                  c.details.audience == CallAudience.TEAM ? c.details.teamId : null);
      Map<UUID, String> readers = l.readers(c.collaborativeId, organizations);
      // who registered for a webinar on their own reads times in the event's zone
      l.registered
          .people()
          .getOrDefault(c.id, List.of())
          .forEach(p -> readers.putIfAbsent(p, null));
      out.put(c.id, readers);
    }
    return out;
  }

  private Loaded load(Set<UUID> collaboratives, List<UUID> informationalCalls) {
    Map<UUID, List<UUID>> facultyOf = faculty.userIds(collaboratives);
    List<Team> enrolled = teams.ofCollaboratives(collaboratives);
    Registrants registered = registrations.registrants(informationalCalls);
    Set<UUID> organizations = new HashSet<>();
    enrolled.forEach(t -> organizations.add(t.organizationId));
    registered.organizations().values().forEach(organizations::addAll);
    Map<UUID, List<Reader>> people = new HashMap<>();
    for (Reader r : memberships.readers(organizations)) {
      people.computeIfAbsent(r.organizationId(), k -> new ArrayList<>()).add(r);
    }
    return new Loaded(facultyOf, enrolled, registered, people);
  }

  private record Loaded(
      Map<UUID, List<UUID>> facultyOf,
      List<Team> enrolled,
      Registrants registered,
      Map<UUID, List<Reader>> people) {

    /** The organisations of a collaborative's teams (only this team's, when one is given). */
    List<UUID> teamOrganizations(UUID collaborativeId, UUID teamId) {
      return enrolled.stream()
          .filter(t -> t.collaborativeId.equals(collaborativeId))
          .filter(t -> teamId == null || t.id.equals(teamId))
          .map(t -> t.organizationId)
          .toList();
    }

    /**
     * The collaborative's faculty and the people of these organisations; a person's zone is that of
     * the first of their organisations (by name) that has one.
     */
    Map<UUID, String> readers(UUID collaborativeId, List<UUID> organizations) {
      Map<UUID, String> out = new LinkedHashMap<>();
      for (UUID org : organizations) {
        for (Reader r : people.getOrDefault(org, List.of())) {
          if (out.get(r.userId()) == null) {
            out.put(r.userId(), r.timeZone());
          }
        }
      }
      for (UUID f : facultyOf.getOrDefault(collaborativeId, List.of())) {
        out.putIfAbsent(f, null);
      }
      return out;
    }
  }
}
