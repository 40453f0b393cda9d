package org.lcp.community;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.lcp.api.CommunitiesApi;
import org.lcp.api.model.CommunityInvitationInput;
import org.lcp.api.model.CommunityJoinRequest;
import org.lcp.api.model.CommunityMemberStatus;
import org.lcp.api.model.CommunityVisibilityInput;
import org.lcp.common.security.Actors;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/** A learning community's members: parse, call the service with the caller, answer. */
@Authenticated
public class CommunityResource implements CommunitiesApi {

  private final Actors actors;
  private final CommunityService members;
  private final PublicUrl urls;

  public CommunityResource(Actors actors, CommunityService members, PublicUrl urls) {
    this.actors = actors;
    this.members = members;
    this.urls = urls;
  }

  @Override
  public Response listCommunityMembers(
      UUID collaborativeId, Integer page, Integer size, CommunityMemberStatus status) {
    return Responses.ok(members.list(actors.current(), collaborativeId, status, page, size));
  }

  @Override
  public Response getMyCommunityMembership(UUID collaborativeId) {
    return Responses.ok(members.mine(actors.current(), collaborativeId));
  }

  @Override
  public Response requestToJoinCommunity(UUID collaborativeId, CommunityJoinRequest input) {
    var created = members.requestToJoin(actors.current(), collaborativeId, input);
    return Responses.created(location(collaborativeId, created.body().getId()), created);
  }

  @Override
  public Response inviteToCommunity(UUID collaborativeId, CommunityInvitationInput input) {
    var created = members.invite(actors.current(), collaborativeId, input);
    return Responses.created(location(collaborativeId, created.body().getId()), created);
  }

  @Override
  public Response getCommunityMember(UUID collaborativeId, UUID memberId) {
    return Responses.ok(members.get(actors.current(), collaborativeId, memberId));
  }

  @Override
  public Response endCommunityMembership(UUID collaborativeId, UUID memberId, String ifMatch) {
    members.end(actors.current(), collaborativeId, memberId, ifMatch);
    return Response.noContent().build();
  }

  @Override
  public Response approveCommunityMember(UUID collaborativeId, UUID memberId, String ifMatch) {
    return Responses.ok(members.approve(actors.current(), collaborativeId, memberId, ifMatch));
  }

  @Override
  public Response declineCommunityMember(UUID collaborativeId, UUID memberId, String ifMatch) {
    return Responses.ok(members.decline(actors.current(), collaborativeId, memberId, ifMatch));
  }

  @Override
  public Response acceptCommunityInvitation(UUID collaborativeId, UUID memberId, String ifMatch) {
    return Responses.ok(members.accept(actors.current(), collaborativeId, memberId, ifMatch));
  }

  @Override
  public Response updateCommunityVisibility(
      UUID collaborativeId, UUID memberId, CommunityVisibilityInput input, String ifMatch) {
    return Responses.ok(
        members.visibility(actors.current(), collaborativeId, memberId, ifMatch, input));
  }

  @Override
  public Response assignCommunityFacilitator(UUID collaborativeId, UUID memberId, String ifMatch) {
    return Responses.ok(
        members.facilitator(actors.current(), collaborativeId, memberId, ifMatch, true));
  }

  @Override
  public Response unassignCommunityFacilitator(
      UUID collaborativeId, UUID memberId, String ifMatch) {
    members.facilitator(actors.current(), collaborativeId, memberId, ifMatch, false);
    return Response.noContent().build();
  }

  private java.net.URI location(UUID collaborativeId, UUID memberId) {
    return urls.of(
        "api",
        "collaboratives",
        collaborativeId.toString(),
        "community-members",
        memberId.toString());
  }
}
