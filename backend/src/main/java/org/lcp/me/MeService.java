package org.lcp.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.lcp.api.model.Me;
import org.lcp.api.model.MyCommunityStanding;
import org.lcp.api.model.MyFacultyAssignment;
import org.lcp.api.model.MyOrganization;
import org.lcp.api.model.PlatformRole;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.web.Enums;
import org.lcp.organization.MachineClientService;
import org.lcp.organization.MembershipRepository;
import org.lcp.organization.OrganizationRepository;

/**
 * Who the caller is, what organisations they belong to, what they are faculty of and where they
 * stand in learning communities.
 */
@ApplicationScoped
public class MeService {

  private final MembershipRepository memberships;
  private final FacultyRepository faculty;
  private final OrganizationRepository organizations;
  private final MachineClientService machineClients;

  public MeService(
      MembershipRepository memberships,
      FacultyRepository faculty,
      OrganizationRepository organizations,
      MachineClientService machineClients) {
    this.memberships = memberships;
    this.faculty = faculty;
    this.organizations = organizations;
    this.machineClients = machineClients;
  }

  /** Any authenticated caller may ask who they are. */
  @Transactional
  public Me me(Actor actor) {
    var c = actor.caller();
    Me me =
        new Me()
            .kind(c.isPerson() ? Me.KindEnum.PERSON : Me.KindEnum.MACHINE_CLIENT)
            .userId(c.userId())
            .subject(c.subject())
            .email(c.email())
            .name(c.name())
            .roles(c.roles().stream().sorted().map(PlatformRole::fromValue).toList())
            .organizations(List.of());
    if (c.isPerson()) {
      me.organizations(
          memberships.ofPerson(c.userId()).stream()
              .map(
                  m ->
                      new MyOrganization()
                          .organizationId(m.organizationId())
                          .name(m.name())
                          .role(Enums.map(m.role(), org.lcp.api.model.MemberRole.class)))
              .toList());
      me.facultyOf(
          faculty.ofPerson(c.userId()).stream()
              .map(
                  f ->
                      new MyFacultyAssignment()
                          .collaborativeId(f.collaborativeId())
                          .title(f.title())
                          .lead(f.lead()))
              .toList());
      me.communities(
          actor.communityStandings().entrySet().stream()
              .sorted(java.util.Map.Entry.comparingByKey())
              .map(
                  e ->
                      new MyCommunityStanding()
                          .collaborativeId(e.getKey())
                          .status(
                              Enums.map(
                                  e.getValue().status(), MyCommunityStanding.StatusEnum.class))
                          .facilitator(e.getValue().facilitator()))
              .toList());
    } else if (actor.isRegisteredMachine()) {
      machineClients
          .describe(c.machineClientId())
          .ifPresent(
              mc -> {
                me.organizations(
                    List.of(
                        new MyOrganization()
                            .organizationId(mc.getOrganizationId())
                            .name(organizations.name(mc.getOrganizationId()))));
                me.machineClient(mc);
              });
    }
    return me;
  }
}
