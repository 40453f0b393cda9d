package org.lcp.organization;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.lcp.api.MeApi;
import org.lcp.api.model.Me;
import org.lcp.api.model.MemberRole;
import org.lcp.api.model.MyFacultyAssignment;
import org.lcp.api.model.MyOrganization;
import org.lcp.api.model.NotificationPage;
import org.lcp.api.model.PlatformRole;
import org.lcp.common.security.Access;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;
import org.lcp.notification.Notification;
import org.lcp.notification.NotificationService;

import io.quarkus.security.Authenticated;

/** Who the caller is (any authenticated person or machine client), and a person's notifications. */
@Authenticated
public class MeResource implements MeApi {

  private final Access access;
  private final EntityManager em;
  private final MachineClientRepository machineClients;
  private final NotificationService notifications;

  public MeResource(Access access, EntityManager em, MachineClientRepository machineClients,
      NotificationService notifications) {
    this.access = access;
    this.em = em;
    this.machineClients = machineClients;
    this.notifications = notifications;
  }

  @Override
  public Response listMyNotifications(Integer page, Integer size, Boolean unread) {
    Caller c = access.requirePerson();
    Paging<Notification> result = notifications.mine(c.userId(), Boolean.TRUE.equals(unread), page, size);
    return Response.ok(new NotificationPage().page(result.page()).size(result.size()).total(result.total())
        .unread(notifications.unread(c.userId()))
        .items(result.items().stream().map(NotificationService::toApi).toList())).build();
  }

  @Override
  public Response markNotificationRead(UUID notificationId) {
    Caller c = access.requirePerson();
    return Response.ok(NotificationService.toApi(notifications.markRead(c.userId(), notificationId))).build();
  }

  @Override
  @Transactional
  public Response getMe() {
    Caller c = access.caller();
    Me me = new Me()
        .kind(c.isPerson() ? Me.KindEnum.PERSON : Me.KindEnum.MACHINE_CLIENT)
        .userId(c.userId())
        .subject(c.subject())
        .email(c.email())
        .name(c.name())
        .roles(c.roles().stream().sorted().map(PlatformRole::fromValue).toList());
    if (c.isPerson()) {
      List<Object[]> orgs = em.createQuery("select o.id, o.name, m.role from Membership m, Organization o "
              + "where o.id = m.organizationId and m.user.id = :u order by lower(o.name)", Object[].class)
          .setParameter("u", c.userId())
          .getResultList();
      me.organizations(orgs.stream().map(r -> new MyOrganization().organizationId((UUID) r[0]).name((String) r[1])
          .role(MemberRole.fromValue((String) r[2]))).toList());
      List<Object[]> faculty = em.createQuery("select c.id, c.title, fa.lead from FacultyAssignment fa, "
              + "Collaborative c where c.id = fa.key.collaborativeId and fa.key.userId = :u order by c.title",
              Object[].class)
          .setParameter("u", c.userId())
          .getResultList();
      me.facultyOf(faculty.stream().map(r -> new MyFacultyAssignment().collaborativeId((UUID) r[0])
          .title((String) r[1]).lead((Boolean) r[2])).toList());
    } else {
      me.organizations(List.of());
      if (c.machineOrganizationId() != null) {
        machineClients.findByClientId(c.machineClientId()).ifPresent(mc -> {
          Organization o = em.find(Organization.class, mc.organizationId);
          me.organizations(List.of(new MyOrganization().organizationId(o.id).name(o.name)));
          me.machineClient(OrganizationMapper.toApi(mc));
        });
      }
    }
    return Response.ok(me).build();
  }
}
