package org.lcp.organization;

import org.lcp.api.model.MachineClient;
import org.lcp.api.model.Member;
import org.lcp.api.model.MemberStatus;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Entities to API models. */
final class OrganizationMapper {

  private OrganizationMapper() {}

  static org.lcp.api.model.Organization toApi(Organization o, Long memberCount) {
    return new org.lcp.api.model.Organization()
        .id(o.id)
        .name(o.name)
        .city(o.city)
        .region(o.region)
        .countryCode(o.countryCode)
        .website(o.website)
        .timeZone(o.timeZone)
        .memberCount(memberCount)
        .dataContactMemberId(o.dataContactMemberId)
        .createdAt(Times.utc(o.createdAt))
        .updatedAt(Times.utc(o.updatedAt));
  }

  static Member toApi(Membership m) {
    return new Member()
        .id(m.id)
        .organizationId(m.organizationId)
        .userId(m.user.id)
        .email(m.user.email)
        .name(m.user.name)
        .role(Enums.map(m.role, org.lcp.api.model.MemberRole.class))
        .status(m.user.hasSignedIn() ? MemberStatus.ACTIVE : MemberStatus.INVITED)
        .invitedAt(Times.utc(m.invitedAt))
        .updatedAt(Times.utc(m.updatedAt));
  }

  static MachineClient toApi(MachineClientRegistration c) {
    return new MachineClient()
        .id(c.id)
        .organizationId(c.organizationId)
        .clientId(c.clientId)
        .name(c.name)
        .enabled(c.enabled)
        .createdAt(Times.utc(c.createdAt))
        .updatedAt(Times.utc(c.updatedAt));
  }
}
