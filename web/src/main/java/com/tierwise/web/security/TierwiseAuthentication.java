package com.tierwise.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for both doors: the REST API takes HTTP Basic (people) or a bearer token (service
 * clients, see {@link BearerTokens}) on every request and answers 401 with a challenge, without
 * creating sessions; the portal signs in once through its login page
 * (which calls SecurityContext.authenticate) and keeps the caller in its HTTP session.
 */
@ApplicationScoped
public class TierwiseAuthentication implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStore;
  @Inject private BearerTokens bearerTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStore.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        if (request.getSession(false) != null) {
          request.changeSessionId(); // a new id at sign-in defeats session fixation
        }
        request
            .getSession()
            .setAttribute(
                SignedIn.ATTRIBUTE,
                new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      }
      return notify(context, result, response, false);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
      BearerTokens.Caller caller = bearerTokens.resolve(authorization.substring(7).trim());
      if (caller == null) {
        return challenge(response, context);
      }
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
      if (basic == null) {
        return challenge(response, context);
      }
      return notify(context, identityStore.validate(basic), response, true);
    }
    if (!context.isProtected() || context.isAuthenticationRequest()) {
      // An authenticate() call without credentials (Payara's JAX-RS filter makes one for every
      // @PermitAll method) is not a reason to challenge: the container has already demanded
      // authentication wherever web.xml requires it.
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(response, context);
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private AuthenticationStatus notify(
      HttpMessageContext context,
      CredentialValidationResult result,
      HttpServletResponse response,
      boolean challengeOnFailure) {
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    return challengeOnFailure ? challenge(response, context) : context.responseUnauthorized();
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Tierwise\", charset=\"UTF-8\"");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.getWriter().write(
          "{\"status\":401,\"message\":\"Sign in with valid HTTP Basic credentials or an active bearer token\"}");
    } catch (IOException ignored) {
      // the client went away; the status is what matters
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
