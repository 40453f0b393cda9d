package org.lcp.common;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Person;
import org.lcp.support.TestTokens;

/**
 * One world of {@link AccessMatrixTest}: a collaborative, the organisation that owns the data an
 * operation targets, another organisation enrolled beside it, and one caller of each kind. It is
 * written with SQL in one round trip (a few milliseconds), so that every write case can have a
 * world of its own. What the world holds beyond its people is chosen by a {@link Spec}: the
 * collaborative's phase, how far the owning organisation's application got (and so whether it is
 * enrolled), whether it registered for the informational call, and whether people have calendar
 * links.
 */
final class MatrixWorld {

  /**
   * How far the owning organisation's application got. From ACCEPTED on, it is an enrolled team.
   */
  enum Stage {
    NONE,
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    /** Accepted a minute ago: enrolled, nothing recorded for the team yet (can be undone). */
    JUST_ACCEPTED,
    ACCEPTED
  }

  /**
   * What an operation needs of its world.
   *
   * @param phase the world collaborative's phase
   * @param application the owning organisation's application (complete in every stage but NONE)
   * @param registered whether the owning organisation registered for the informational call
   * @param feeds whether every person has a calendar link
   * @param community whether the world collaborative is a LEARNING_COMMUNITY, in which {@code
   *     member} is an ACTIVE member (visible in the directory), the colleague has asked to join
   *     (PENDING) and {@code otherMember} is invited
   */
  record Spec(
      String phase, Stage application, boolean registered, boolean feeds, boolean community) {

    /** A running collaborative in which both organisations are enrolled teams. */
    static final Spec ACTIVE = new Spec("ACTIVE", Stage.ACCEPTED, true, false, false);

    Spec phase(String p) {
      return new Spec(p, application, registered, feeds, community);
    }

    Spec application(Stage s) {
      return new Spec(phase, s, registered, feeds, community);
    }

    Spec unregistered() {
      return new Spec(phase, application, false, feeds, community);
    }

    Spec withFeeds() {
      return new Spec(phase, application, registered, true, community);
    }

    /** The world collaborative as a learning community with its members (no application). */
    Spec asCommunity() {
      return new Spec(phase, Stage.NONE, registered, feeds, true);
    }

    Spec closed() {
      return phase("CLOSED");
    }
  }

  /** The keys of the default readiness assessment every learning collaborative starts with. */
  static final List<String> READINESS_KEYS =
      List.of(
          "leadership-support",
          "clinical-capacity",
          "supervision",
          "referral-volume",
          "ebp-experience",
          "data-capacity",
          "sustainability");

  /** The callers, in the order of an x-access row (then {@code closed}). */
  static final List<String> ROLES =
      List.of(
          "admin",
          "lead",
          "faculty",
          "outsider",
          "member",
          "otherMember",
          "dataSystem",
          "otherDataSystem",
          "anonymous");

  final Spec spec;
  final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  final Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
  final String suffix = UUID.randomUUID().toString().substring(0, 8);

  // people
  final Person admin = Person.create("admin", "admin");
  final Person lead = Person.create("lead", "faculty");
  final Person faculty = Person.create("faculty", "faculty");
  final Person outsider = Person.create("outsider", "faculty");
  final Person member = Person.create("member");
  final Person otherMember = Person.create("other-member");
  final UUID adminId = UUID.randomUUID();
  final UUID leadId = UUID.randomUUID();
  final UUID facultyId = UUID.randomUUID();
  final UUID outsiderId = UUID.randomUUID();
  final UUID memberId = UUID.randomUUID();
  final UUID otherMemberId = UUID.randomUUID();

  /**
   * A clinician of the owning organisation who was invited and never signed in: the member
   * operations' target.
   */
  final UUID colleagueId = UUID.randomUUID();

  // organisations, memberships and data systems
  final UUID org = UUID.randomUUID();
  final String orgName = "Owning org " + suffix;
  final UUID otherOrg = UUID.randomUUID();
  final UUID memberMembership = UUID.randomUUID();
  final UUID otherMemberMembership = UUID.randomUUID();
  final UUID colleagueMembership = UUID.randomUUID();
  final UUID dataSystem = UUID.randomUUID();
  final String dataSystemClient = "matrix-ds-" + suffix;
  final UUID otherDataSystem = UUID.randomUUID();
  final String otherDataSystemClient = "matrix-other-ds-" + suffix;

  // collaboratives
  final UUID collaborative = UUID.randomUUID();
  final UUID otherCollaborative = UUID.randomUUID();
  final Instant applicationsOpenAt = now.minus(1, ChronoUnit.DAYS);
  final Instant applicationsCloseAt = now.plus(30, ChronoUnit.DAYS);
  final LocalDate startDate = today.minusDays(60);
  final LocalDate endDate = today.plusDays(300);

  /** Held a month ago (attendance is taken on it). */
  final UUID session1 = UUID.randomUUID();

  final UUID session2 = UUID.randomUUID();
  final UUID session3 = UUID.randomUUID();

  // applications and teams
  final UUID application = UUID.randomUUID();
  final UUID otherApplication = UUID.randomUUID();
  final UUID team = UUID.randomUUID();
  final UUID otherTeam = UUID.randomUUID();
  final UUID seniorLeader = UUID.randomUUID();
  final UUID supervisor = UUID.randomUUID();
  final UUID clinician = UUID.randomUUID();
  final UUID secondClinician = UUID.randomUUID();
  final List<UUID> otherRoster =
      List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

  // metrics
  final UUID measure = UUID.randomUUID();
  final String measureKey = "screened";
  final String lastMonth = YearMonth.from(today).minusMonths(1).toString();
  final String lockedMonth = YearMonth.from(today).minusMonths(4).toString();

  // the owning team's improvement work (org.lcp.improvement)
  final UUID changeIdea = UUID.randomUUID();
  final UUID pdsaCycle = UUID.randomUUID();
  final UUID annotation = UUID.randomUUID();

  // calls of the owning team, and the informational call
  final UUID pastTeamCall = UUID.randomUUID();
  final UUID futureTeamCall = UUID.randomUUID();
  final UUID teamSeries = UUID.randomUUID();
  final UUID firstSeriesCall = UUID.randomUUID();
  final UUID secondSeriesCall = UUID.randomUUID();
  final LocalDateTime firstSeriesStart =
      LocalDateTime.ofInstant(now.plus(14, ChronoUnit.DAYS), ZoneOffset.UTC);
  final UUID informationalCall = UUID.randomUUID();
  final UUID registration = UUID.randomUUID();
  final UUID otherRegistration = UUID.randomUUID();

  // the learning community's rows (with Spec#community): member's own, the colleague's request
  // and otherMember's invitation
  final UUID memberRow = UUID.randomUUID();
  final UUID colleagueRequest = UUID.randomUUID();
  final UUID otherInvitation = UUID.randomUUID();

  // the learning community's library (with Spec#community): a file and a link member added, both
  // of audience MEMBERS
  final UUID libraryFile = UUID.randomUUID();
  final UUID libraryLink = UUID.randomUUID();
  final UUID libraryBlob = UUID.randomUUID();

  /** Each person's own notification. */
  final Map<String, UUID> notifications = new LinkedHashMap<>();

  /** Each person's calendar link token (with {@link Spec#feeds()}). */
  final Map<String, String> feedTokens = new LinkedHashMap<>();

  private final StringBuilder sql = new StringBuilder();

  private MatrixWorld(Spec spec) {
    this.spec = spec;
  }

  static MatrixWorld build(Spec spec) {
    MatrixWorld w = new MatrixWorld(spec);
    w.write();
    return w;
  }

  boolean enrolled() {
    return spec.application() == Stage.ACCEPTED || spec.application() == Stage.JUST_ACCEPTED;
  }

  /** Enrolled for a while: the owning team has calls, metric values and an unlock. */
  boolean running() {
    return spec.application() == Stage.ACCEPTED;
  }

  Person person(String role) {
    return switch (role) {
      case "admin" -> admin;
      case "lead" -> lead;
      case "faculty" -> faculty;
      case "outsider" -> outsider;
      case "member" -> member;
      case "otherMember" -> otherMember;
      default -> null;
    };
  }

  /** The bearer token of a caller; null for {@code anonymous}. */
  String token(String role) {
    return switch (role) {
      case "dataSystem" -> TestTokens.machine(dataSystemClient);
      case "otherDataSystem" -> TestTokens.machine(otherDataSystemClient);
      case "anonymous" -> null;
      default -> person(role).token();
    };
  }

  /**
   * What outsiders, members of the other organisation and its data system must never see: the
   * owning organisation's ids and name, its people, team, roster, application, registration, calls
   * and data system.
   */
  List<String> secrets() {
    List<String> s =
        new ArrayList<>(
            List.of(
                    org,
                    memberId,
                    colleagueId,
                    memberMembership,
                    colleagueMembership,
                    dataSystem,
                    application,
                    registration,
                    notifications.get("member"))
                .stream()
                .map(UUID::toString)
                .toList());
    s.add(orgName);
    s.add(dataSystemClient);
    if (spec.community()) {
      s.add(memberRow.toString());
      s.add(colleagueRequest.toString());
      s.add(libraryFile.toString());
      s.add(libraryLink.toString());
    }
    if (enrolled()) {
      s.addAll(
          List.of(
                  team,
                  seniorLeader,
                  supervisor,
                  clinician,
                  secondClinician,
                  pastTeamCall,
                  futureTeamCall,
                  teamSeries,
                  firstSeriesCall,
                  secondSeriesCall)
              .stream()
              .map(UUID::toString)
              .toList());
    }
    return s;
  }

  // ---- writing ----------------------------------------------------------------------------------

  private void write() {
    people();
    organisations();
    collaboratives();
    if (spec.application() != Stage.NONE) {
      owningApplication();
    }
    otherTeam();
    if (enrolled()) {
      owningTeam();
    }
    if (running()) {
      teamCalls();
    }
    metrics();
    informationalCall();
    if (spec.community()) {
      communityMembers();
    }
    Db.execute(sql.toString());
    if (spec.feeds()) {
      for (String role : ROLES.subList(0, 6)) {
        String url =
            Api.as(person(role))
                .post("/api/me/calendar-feed")
                .then()
                .statusCode(200)
                .extract()
                .path("scheduleUrl");
        feedTokens.put(role, url.substring(url.lastIndexOf('/') + 1));
      }
    }
  }

  private void sql(String statement, Object... args) {
    Object[] quoted = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      quoted[i] = args[i] == null ? "null" : "'" + args[i].toString().replace("'", "''") + "'";
    }
    sql.append(String.format(statement, quoted)).append(";\n");
  }

  private void user(String role, UUID id, Person p) {
    // signed in a moment ago, with the token's e-mail and name: a request changes nothing about
    // them
    sql(
        "insert into app_user (id, subject, email, name, created_at, last_seen_at) values (%s, %s, %s, %s, now(), now())",
        id, p.subject(), p.email(), p.name());
    UUID n = UUID.randomUUID();
    notifications.put(role, n);
    sql(
        "insert into notification (id, user_id, kind, title, body, link, created_at) values (%s, %s, 'matrix', "
            + "'A notification', 'For the access matrix', null, now())",
        n, id);
  }

  private void people() {
    user("admin", adminId, admin);
    user("lead", leadId, lead);
    user("faculty", facultyId, faculty);
    user("outsider", outsiderId, outsider);
    user("member", memberId, member);
    user("otherMember", otherMemberId, otherMember);
    sql(
        "insert into app_user (id, email, name, created_at) values (%s, %s, 'Colleague', now())",
        colleagueId, "colleague-" + suffix + "@test.example.org");
  }

  private void organisations() {
    sql(
        "insert into organization (id, name, created_at, updated_at) values (%s, %s, now(), now())",
        org, orgName);
    sql(
        "insert into organization (id, name, created_at, updated_at) values (%s, %s, now(), now())",
        otherOrg, "Other org " + suffix);
    membership(memberMembership, org, memberId, "SENIOR_LEADER");
    membership(colleagueMembership, org, colleagueId, "CLINICIAN");
    membership(otherMemberMembership, otherOrg, otherMemberId, "SENIOR_LEADER");
    sql(
        "insert into machine_client (id, organization_id, client_id, name, created_at, updated_at) "
            + "values (%s, %s, %s, 'Data system', now(), now())",
        dataSystem, org, dataSystemClient);
    sql(
        "insert into machine_client (id, organization_id, client_id, name, created_at, updated_at) "
            + "values (%s, %s, %s, 'Other data system', now(), now())",
        otherDataSystem, otherOrg, otherDataSystemClient);
  }

  private void membership(UUID id, UUID organization, UUID user, String role) {
    sql(
        "insert into membership (id, organization_id, user_id, role, invited_at, updated_at) "
            + "values (%s, %s, %s, %s, now(), now())",
        id, organization, user, role);
  }

  private void collaboratives() {
    collaborative(collaborative, "World " + suffix, spec.phase(), leadId);
    collaborative(otherCollaborative, "Elsewhere " + suffix, "ACTIVE", outsiderId);
    faculty(collaborative, leadId, true);
    faculty(collaborative, facultyId, false);
    faculty(otherCollaborative, outsiderId, true);
    for (UUID c : List.of(collaborative, otherCollaborative)) {
      sql(
          "insert into readiness_item (collaborative_id, position, key, text, help) "
              + "select %s, position, key, text, help from default_readiness_item",
          c);
    }
    session(session1, 1, today.minusDays(30), today.minusDays(29));
    session(session2, 2, today.plusDays(30), today.plusDays(31));
    session(session3, 3, today.plusDays(90), today.plusDays(91));
    sql(
        "insert into phase_transition (id, collaborative_id, from_phase, to_phase, actor_user_id, actor_name, at) "
            + "values (%s, %s, null, 'DRAFT', %s, 'Lead', now())",
        UUID.randomUUID(), collaborative, leadId);
  }

  private void collaborative(UUID id, String title, String phase, UUID createdBy) {
    sql(
        "insert into collaborative (id, title, practice, kind, phase, applications_open_at, applications_close_at, "
            + "start_date, end_date, min_clinicians, created_by, created_at, updated_at) values (%s, %s, 'TF-CBT', "
            + "%s, %s, %s, %s, %s, %s, 2, %s, now(), now())",
        id,
        title,
        spec.community() && id.equals(collaborative)
            ? "LEARNING_COMMUNITY"
            : "LEARNING_COLLABORATIVE",
        phase,
        applicationsOpenAt,
        applicationsCloseAt,
        startDate,
        endDate,
        createdBy);
  }

  private void communityMembers() {
    communityRow(memberRow, memberId, org, "ACTIVE", member.name(), true);
    communityRow(colleagueRequest, colleagueId, org, "PENDING", "Colleague", false);
    communityRow(otherInvitation, otherMemberId, otherOrg, "INVITED", otherMember.name(), false);
    library();
  }

  private void library() {
    // "%PDF-1.4\n" as bytes
    sql(
        "insert into library_blob (id, size_bytes, sha256, content_type, created_at) values (%s, 9, "
            + "'0000000000000000000000000000000000000000000000000000000000000000', 'application/pdf', now())",
        libraryBlob);
    sql(
        "insert into library_blob_chunk (blob_id, seq, data) values (%s, 0, decode('255044462d312e340a', 'hex'))",
        libraryBlob);
    sql(
        "insert into library_item (id, collaborative_id, kind, title, tags, audience, current_version, created_by, "
            + "created_by_name, created_at, updated_at) values (%s, %s, 'FILE', 'Screening tool', '{screening}', "
            + "'MEMBERS', 1, %s, %s, now(), now())",
        libraryFile, collaborative, memberId, member.name());
    sql(
        "insert into library_item_version (id, item_id, number, blob_id, file_name, content_type, size_bytes, "
            + "created_by, created_by_name, created_at) values (%s, %s, 1, %s, 'tool.pdf', 'application/pdf', 9, "
            + "%s, %s, now())",
        UUID.randomUUID(), libraryFile, libraryBlob, memberId, member.name());
    sql(
        "insert into library_item (id, collaborative_id, kind, title, tags, audience, url, created_by, "
            + "created_by_name, created_at, updated_at) values (%s, %s, 'LINK', 'Toolkit', '{screening}', "
            + "'MEMBERS', 'https://example.org/toolkit', %s, %s, now(), now())",
        libraryLink, collaborative, memberId, member.name());
  }

  private void communityRow(
      UUID id, UUID user, UUID organization, String status, String name, boolean visible) {
    sql(
        "insert into community_member (id, collaborative_id, user_id, organization_id, status, visible, name, "
            + "region, requested_by, requested_at, joined_at, created_at, updated_at) values (%s, %s, %s, %s, %s, "
            + "%s, %s, 'North', %s, now(), %s, now(), now())",
        id,
        collaborative,
        user,
        organization,
        status,
        visible,
        name,
        user,
        "ACTIVE".equals(status) ? now : null);
  }

  private void faculty(UUID c, UUID user, boolean isLead) {
    sql(
        "insert into faculty_assignment (collaborative_id, user_id, lead, assigned_at, updated_at) "
            + "values (%s, %s, %s, now(), now())",
        c, user, isLead);
  }

  private void session(UUID id, int number, LocalDate start, LocalDate end) {
    sql(
        "insert into learning_session (id, collaborative_id, number, title, start_date, end_date, time_zone, mode, "
            + "join_url, created_at, updated_at) values (%s, %s, %s, %s, %s, %s, 'UTC', 'VIRTUAL', "
            + "'https://video.example.org/ls', now(), now())",
        id, collaborative, number, "Learning Session " + number, start, end);
  }

  /** The owning organisation's application, every section complete. */
  private void owningApplication() {
    Stage stage = spec.application();
    boolean submitted = stage != Stage.DRAFT;
    sql(
        "insert into application (id, collaborative_id, organization_id, status, cds_agreed, cds_signer_name, "
            + "cds_signer_title, cds_signed_on, data_contact_name, data_contact_email, submitted_at, decided_at, "
            + "decision_message, created_by, created_at, updated_at) values (%s, %s, %s, %s, true, 'Rita Rivers', "
            + "'Executive Director', %s, 'Dana Data', 'dana@example.org', %s, %s, %s, %s, now(), now())",
        application,
        collaborative,
        org,
        enrolled() ? "ACCEPTED" : stage.toString(),
        today.minusDays(10),
        submitted ? now.minus(5, ChronoUnit.DAYS) : null,
        running()
            ? now.minus(1, ChronoUnit.DAYS)
            : enrolled()
                // a minute before the real clock (not the hour-truncated `now`): undoable
                ? Instant.now().minus(1, ChronoUnit.MINUTES)
                : null,
        enrolled() ? "Welcome" : null,
        memberId);
    sql(
        "insert into readiness_rating (application_id, item_key, rating) select %s, key, 4 from readiness_item "
            + "where collaborative_id = %s",
        application, collaborative);
    String[][] core = {
      {"SENIOR_LEADER", "Rita Rivers"},
      {"SUPERVISOR", "Sam Super"},
      {"CLINICIAN", "Carl Clark"},
      {"CLINICIAN", "Cleo Clinic"}
    };
    for (int i = 0; i < core.length; i++) {
      sql(
          "insert into core_team_member (id, application_id, position, role, name, email, title, fte) "
              + "values (%s, %s, %s, %s, %s, %s, 'Staff', 0.5)",
          UUID.randomUUID(), application, i + 1, core[i][0], core[i][1], email(core[i][1]));
    }
    for (UUID s : List.of(session1, session2, session3)) {
      sql(
          "insert into session_commitment (application_id, learning_session_id, commits) values (%s, %s, true)",
          application, s);
    }
    if (stage == Stage.UNDER_REVIEW || enrolled()) {
      // the faculty member reviewed it: a decision needs a submitted review
      sql(
          "insert into review (application_id, reviewer_id, status, score_readiness, score_commitment, "
              + "score_core_team, score_attendance, comment, recommendation, assigned_at, submitted_at) "
              + "values (%s, %s, 'SUBMITTED', 4, 4, 4, 4, 'Ready', 'ACCEPT', now(), now())",
          application, facultyId);
    }
  }

  private String email(String name) {
    return name.toLowerCase().replace(' ', '.') + "-" + suffix + "@example.org";
  }

  private void otherTeam() {
    sql(
        "insert into application (id, collaborative_id, organization_id, status, submitted_at, decided_at, "
            + "decision_message, created_by, created_at, updated_at) values (%s, %s, %s, 'ACCEPTED', %s, %s, 'Welcome', "
            + "%s, now(), now())",
        otherApplication,
        collaborative,
        otherOrg,
        now.minus(5, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.DAYS),
        otherMemberId);
    team(
        otherTeam,
        otherOrg,
        otherApplication,
        otherRoster.get(0),
        otherRoster.get(1),
        otherRoster.get(2),
        otherRoster.get(3),
        "Other");
  }

  private void owningTeam() {
    team(team, org, application, seniorLeader, supervisor, clinician, secondClinician, "Owning");
  }

  private void team(
      UUID id,
      UUID organization,
      UUID app,
      UUID leader,
      UUID sup,
      UUID clin,
      UUID clin2,
      String label) {
    sql(
        "insert into team (id, collaborative_id, organization_id, application_id, enrolled_at) "
            + "values (%s, %s, %s, %s, now())",
        id, collaborative, organization, app);
    roster(leader, id, "SENIOR_LEADER", label + " Leader");
    roster(sup, id, "SUPERVISOR", label + " Supervisor");
    roster(clin, id, "CLINICIAN", label + " Clinician");
    roster(clin2, id, "CLINICIAN", label + " Second Clinician");
  }

  private void roster(UUID id, UUID teamId, String role, String name) {
    sql(
        "insert into roster_member (id, team_id, role, name, email, title, fte, start_date) "
            + "values (%s, %s, %s, %s, %s, 'Staff', 0.5, %s)",
        id, teamId, role, name, email(name), today.minusDays(90));
  }

  private void metrics() {
    sql(
        "insert into measure (id, collaborative_id, key, name, type, direction, created_at, updated_at) "
            + "values (%s, %s, %s, 'Children screened', 'COUNT', 'INCREASE', now(), now())",
        measure, collaborative, measureKey);
    String period = YearMonth.from(today).minusMonths(2).atDay(1).toString();
    for (UUID o : running() ? List.of(org, otherOrg) : List.of(otherOrg)) {
      sql(
          "insert into metric_value (measure_id, organization_id, period, value, source, updated_by, updated_at) "
              + "values (%s, %s, %s, 12, 'API', 'matrix', now())",
          measure, o, period);
      sql(
          "insert into metric_value_revision (measure_id, organization_id, period, new_value, source, actor, at) "
              + "values (%s, %s, %s, 12, 'API', 'matrix', now())",
          measure, o, period);
    }
    if (running()) {
      sql(
          "insert into period_unlock (collaborative_id, organization_id, period, until, reason, unlocked_by, "
              + "unlocked_at) values (%s, %s, %s, %s, 'Late data', 'Lead', now())",
          collaborative, org, YearMonth.parse(lockedMonth).atDay(1), today.plusDays(10));
      sql(
          "insert into change_idea (id, collaborative_id, organization_id, title, status, measure_ids, "
              + "created_by_name, created_at, updated_at) values (%s, %s, %s, 'Screen at intake', "
              + "'TESTING', array[%s]::uuid[], 'Member', now(), now())",
          changeIdea, collaborative, org, measure);
      sql(
          "insert into pdsa_cycle (id, change_idea_id, title, start_date, created_by_name, created_at, "
              + "updated_at) values (%s, %s, 'Mondays first', %s, 'Member', now(), now())",
          pdsaCycle, changeIdea, today.minusDays(40));
      sql(
          "insert into chart_annotation (id, collaborative_id, organization_id, measure_id, period, kind, "
              + "text, change_idea_id, pdsa_cycle_id, created_by_name, created_at, updated_at) values "
              + "(%s, %s, %s, %s, %s, 'CHANGE', 'Screening began', %s, %s, 'Member', now(), now())",
          annotation,
          collaborative,
          org,
          measure,
          YearMonth.parse(lastMonth).atDay(1),
          changeIdea,
          pdsaCycle);
    }
  }

  private void teamCalls() {
    call(pastTeamCall, null, "CONSULTATION", "TEAM", now.minus(2, ChronoUnit.DAYS));
    call(futureTeamCall, null, "CONSULTATION", "TEAM", now.plus(7, ChronoUnit.DAYS));
    DayOfWeek weekday = firstSeriesStart.getDayOfWeek();
    sql(
        "insert into call_series (id, collaborative_id, kind, topic, weekday, start_time, time_zone, start_date, "
            + "interval_weeks, occurrence_count, duration_minutes, facilitator_user_id, audience, team_id, mode, join_url, "
            + "created_at, updated_at) values (%s, %s, 'CONSULTATION', 'Team consultation', %s, %s, 'UTC', %s, 1, 2, 60, "
            + "%s, 'TEAM', %s, 'VIDEO', 'https://video.example.org/team', now(), now())",
        teamSeries,
        collaborative,
        weekday,
        firstSeriesStart.toLocalTime(),
        firstSeriesStart.toLocalDate(),
        leadId,
        team);
    call(firstSeriesCall, teamSeries, "CONSULTATION", "TEAM", now.plus(14, ChronoUnit.DAYS));
    call(secondSeriesCall, teamSeries, "CONSULTATION", "TEAM", now.plus(21, ChronoUnit.DAYS));
  }

  private void call(UUID id, UUID series, String kind, String audience, Instant startsAt) {
    sql(
        "insert into scheduled_call (id, collaborative_id, series_id, kind, topic, local_start, time_zone, starts_at, "
            + "ends_at, duration_minutes, facilitator_user_id, audience, team_id, mode, join_url, state, created_at, "
            + "updated_at) values (%s, %s, %s, %s, 'Engagement strategies', %s, 'UTC', %s, %s, 60, %s, %s, %s, 'VIDEO', "
            + "'https://video.example.org/call', 'SCHEDULED', now(), now())",
        id,
        collaborative,
        series,
        kind,
        LocalDateTime.ofInstant(startsAt, ZoneOffset.UTC),
        startsAt,
        startsAt.plus(60, ChronoUnit.MINUTES),
        leadId,
        audience,
        "TEAM".equals(audience) ? team : null);
  }

  private void informationalCall() {
    call(informationalCall, null, "INFORMATIONAL", "COLLABORATIVE", now.plus(10, ChronoUnit.DAYS));
    if (spec.registered()) {
      registration(registration, org, memberId, "Rita Rivers");
    }
    registration(otherRegistration, otherOrg, otherMemberId, "Olga Other");
  }

  private void registration(UUID id, UUID organization, UUID by, String attendee) {
    sql(
        "insert into call_registration (id, call_id, organization_id, registered_by, registered_by_name, created_at, "
            + "updated_at) values (%s, %s, %s, %s, 'Member', now(), now())",
        id, informationalCall, organization, by);
    sql(
        "insert into call_registration_attendee (id, registration_id, position, name, email) "
            + "values (%s, %s, 1, %s, %s)",
        UUID.randomUUID(), id, attendee, email(attendee));
  }
}
