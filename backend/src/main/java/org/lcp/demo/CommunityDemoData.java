package org.lcp.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lcp.api.model.AttendanceStatus;
import org.lcp.api.model.CallAttendanceInput;
import org.lcp.api.model.CallAttendanceRecordInput;
import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallInput;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallMode;
import org.lcp.api.model.CommunityJoinRequest;
import org.lcp.api.model.CommunityMember;
import org.lcp.api.model.LibraryLinkInput;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.Actor;
import org.lcp.common.security.Caller;
import org.lcp.common.security.MemberRole;
import org.lcp.common.startup.StartupLock;
import org.lcp.community.CommunityService;
import org.lcp.consultation.CallAttendanceService;
import org.lcp.consultation.CallService;
import org.lcp.library.LibraryService;

/**
 * Community demo data for `make run`, after {@link ScheduleDemoData} (priority 3100): the announced
 * Trauma-Informed Schools community gets members who asked to join and were approved by its lead
 * (Rita Rivers of Riverside, its facilitator, who is not faculty; Carl Clark of Riverside; Lena
 * Lake of Lakeside), and one request still waiting (Luis Lopez of Lakeside). Everything goes
 * through the community service, as the people themselves and the platform; skipped when the
 * community or its people are missing, or when it already has members. Its library gets a file and
 * two links, and last month's community call, led by Rita, its members' attendance.
 */
@ApplicationScoped
public class CommunityDemoData {

  private static final Logger LOG = Logger.getLogger(CommunityDemoData.class);

  /** Who asks to join, in this order, whether a facilitator approves, who facilitates. */
  record Joiner(
      String email, String region, boolean approved, boolean facilitator, String message) {}

  static final List<Joiner> JOINERS =
      List.of(
          new Joiner("rita.rivers@riverside.example.org", "Illinois", true, true, null),
          new Joiner(
              "carl.clark@riverside.example.org",
              "Illinois",
              true,
              false,
              "I run a trauma group at two middle schools."),
          new Joiner("lena.lake@lakeside.example.org", "Wisconsin", true, false, null),
          new Joiner(
              "luis.lopez@lakeside.example.org",
              "Wisconsin",
              false,
              false,
              "Our district starts a school-based program this spring."));

  private final boolean enabled;
  private final EntityManager em;
  private final CommunityService members;
  private final StartupLock lock;
  private final LibraryService library;
  private final CallService calls;
  private final CallAttendanceService attendance;

  public CommunityDemoData(
      @ConfigProperty(name = "lcp.demo-data.enabled") boolean enabled,
      EntityManager em,
      CommunityService members,
      StartupLock lock,
      LibraryService library,
      CallService calls,
      CallAttendanceService attendance) {
    this.library = library;
    this.calls = calls;
    this.attendance = attendance;
    this.enabled = enabled;
    this.em = em;
    this.members = members;
    this.lock = lock;
  }

  void onStart(@Observes @Priority(3100) StartupEvent event) {
    if (enabled) {
      loadOnce();
    }
  }

  /** Once per database, under the task's advisory lock (N replicas may start together). */
  void loadOnce() {
    QuarkusTransaction.requiringNew()
        .timeout(StartupLock.TIMEOUT_SECONDS)
        .run(
            () -> {
              lock.hold(StartupLock.Task.COMMUNITY_DEMO_DATA);
              load();
            });
  }

  void load() {
    Optional<Collaborative> schools =
        em.createQuery("from Collaborative where title = :t", Collaborative.class)
            .setParameter("t", ScheduleDemoData.SCHOOLS)
            .getResultStream()
            .findFirst();
    if (schools.isEmpty()) {
      LOG.info("community demo data: no '" + ScheduleDemoData.SCHOOLS + "'; skipped");
      return;
    }
    UUID c = schools.get().id;
    if (count("select count(*) from community_member where collaborative_id = ?1", c) > 0) {
      LOG.info("community demo data already loaded");
    } else {
      joiners(c);
    }
    if (count("select count(*) from library_item where collaborative_id = ?1", c) == 0) {
      library(c);
    }
    if (count(
            "select count(*) from scheduled_call where collaborative_id = ?1"
                + " and kind = 'CONSULTATION'",
            c)
        == 0) {
      heldCall(c);
    }
  }

  /**
   * Last month's community call, led by its member facilitator Rita Rivers, with the members'
   * attendance (so that the usage report counts some): the demo's members are taken to have joined
   * three months ago, before it.
   */
  private void heldCall(UUID c) {
    Optional<Actor> facilitator = person("rita.rivers@riverside.example.org", c);
    if (facilitator.isEmpty()) {
      LOG.info("community call demo data: its facilitator is missing; skipped");
      return;
    }
    em.createNativeQuery(
            "update community_member set requested_at = least(requested_at, now() - interval"
                + " '95 days'), joined_at = least(joined_at, now() - interval '90 days')"
                + " where collaborative_id = ?1 and status = 'ACTIVE'")
        .setParameter(1, c)
        .executeUpdate();
    LocalDateTime start = LocalDate.now().minusDays(14).atTime(15, 30);
    org.lcp.api.model.Call call =
        calls
            .create(
                Actor.system(),
                c,
                new CallInput()
                    .kind(CallKind.CONSULTATION)
                    .topic("Monthly community call: screening in practice")
                    .description(
                        "Members share how screening went this term; Carl presents the checklist.")
                    .start(start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")))
                    .timeZone("America/Chicago")
                    .durationMinutes(60)
                    .facilitatorUserId(facilitator.get().userId())
                    .audience(CallAudience.COLLABORATIVE)
                    .mode(CallMode.VIDEO)
                    .joinUrl("https://video.example.org/schools/community"))
            .body();
    List<CallAttendanceRecordInput> records = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select m.id, u.email from community_member m join app_user u on u.id = m.user_id"
                    + " where m.collaborative_id = ?1 and m.status = 'ACTIVE' order by u.email")
            .setParameter(1, c)
            .getResultList();
    for (Object[] r : rows) {
      boolean late = "lena.lake@lakeside.example.org".equals(r[1]);
      records.add(
          new CallAttendanceRecordInput()
              .communityMemberId((UUID) r[0])
              .status(late ? AttendanceStatus.PARTIAL : AttendanceStatus.PRESENT)
              .note(late ? "joined after the first half hour" : null));
    }
    if (!records.isEmpty()) {
      attendance.record(
          facilitator.get(), call.getId(), "*", new CallAttendanceInput().records(records));
    }
    LOG.info("community call demo data loaded");
  }

  /**
   * The community's library: a screening checklist (a small text file, tag "screening") that a
   * member uploaded, and two links its facilitator added.
   */
  private void library(UUID c) {
    Optional<Actor> member = person("carl.clark@riverside.example.org", c);
    Optional<Actor> facilitator = person("rita.rivers@riverside.example.org", c);
    if (member.isEmpty() || facilitator.isEmpty()) {
      LOG.info("community library demo data: its people are missing; skipped");
      return;
    }
    byte[] checklist =
        ("Trauma screening checklist for school staff\n"
                + "1. Ask about recent changes in attendance, sleep and concentration.\n"
                + "2. Use the agreed screening tool with the student's consent.\n"
                + "3. Refer positive screens to the school counsellor within two days.\n")
            .getBytes(StandardCharsets.UTF_8);
    library.createFile(
        member.get(),
        c,
        new LibraryService.FileForm(
            "Trauma screening checklist for school staff",
            "A one-page checklist our counsellors use before a referral.",
            List.of("screening", "checklist"),
            "MEMBERS",
            null,
            "screening-checklist.txt",
            "text/plain"),
        new ByteArrayInputStream(checklist));
    library.createLink(
        facilitator.get(),
        c,
        new LibraryLinkInput()
            .title("NCTSN: Creating trauma-informed schools")
            .description("The national network's resources for school staff and leaders.")
            .tags(List.of("schools", "toolkit"))
            .audience(org.lcp.api.model.LibraryAudience.NETWORK)
            .url("https://www.nctsn.org/trauma-informed-care/trauma-informed-schools"));
    library.createLink(
        facilitator.get(),
        c,
        new LibraryLinkInput()
            .title("Psychological first aid for schools")
            .description("A field guide for the first days after a crisis at school.")
            .tags(List.of("crisis", "training"))
            .audience(org.lcp.api.model.LibraryAudience.MEMBERS)
            .url(
                "https://www.nctsn.org/resources/psychological-first-aid-schools-pfa-s-field-operations-guide"));
    LOG.info("community library demo data loaded");
  }

  private void joiners(UUID c) {
    for (Joiner j : JOINERS) {
      Optional<Actor> person = person(j.email());
      if (person.isEmpty()) {
        LOG.info("community demo data: nobody with e-mail " + j.email() + "; skipped");
        continue;
      }
      Actor p = person.get();
      CommunityMember row =
          members
              .requestToJoin(
                  p,
                  c,
                  new CommunityJoinRequest()
                      .organizationId(p.memberships().keySet().stream().findFirst().orElse(null))
                      .region(j.region())
                      .visible(true)
                      .message(j.message()))
              .body();
      if (j.approved()) {
        members.approve(Actor.system(), c, row.getId(), "*");
      }
      if (j.facilitator()) {
        members.facilitator(Actor.system(), c, row.getId(), "*", true);
      }
    }
    LOG.info("community demo data loaded");
  }

  /** The person as an ACTIVE member of the community (their standing read from the database). */
  private Optional<Actor> person(String email, UUID community) {
    Optional<Actor> p = person(email);
    if (p.isEmpty()) {
      return p;
    }
    Actor a = p.get();
    @SuppressWarnings("unchecked")
    List<Object> facilitates =
        em.createNativeQuery(
                "select facilitator from community_member where collaborative_id = ?1"
                    + " and user_id = ?2 and status = 'ACTIVE'")
            .setParameter(1, community)
            .setParameter(2, a.userId())
            .getResultList();
    if (facilitates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Actor.of(
            a.caller(),
            a.memberships(),
            Map.of(),
            List.of(),
            Map.of(
                community,
                new org.lcp.common.security.CommunityStanding(
                    org.lcp.common.security.CommunityStanding.Status.ACTIVE,
                    (Boolean) facilitates.get(0)))));
  }

  /** The person with this e-mail, as themself (their organisation memberships; no token roles). */
  private Optional<Actor> person(String email) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select id, name from app_user where lower(email) = ?1")
            .setParameter(1, email)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    UUID id = (UUID) rows.get(0)[0];
    String name = (String) rows.get(0)[1];
    @SuppressWarnings("unchecked")
    List<Object[]> memberships =
        em.createNativeQuery("select organization_id, role from membership where user_id = ?1")
            .setParameter(1, id)
            .getResultList();
    Map<UUID, MemberRole> orgs = new java.util.HashMap<>();
    memberships.forEach(m -> orgs.put((UUID) m[0], MemberRole.valueOf((String) m[1])));
    Caller caller =
        new Caller(Caller.Kind.PERSON, id, "demo-data", email, name, Set.of(), null, null);
    return Optional.of(Actor.of(caller, orgs, Map.of(), List.of()));
  }

  private long count(String sql, UUID id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }
}
