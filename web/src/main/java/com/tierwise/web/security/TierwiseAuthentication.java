package com.tierwise.web.security;

import com.tierwise.platform.DataAccessFailure;
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
  @Inject private SignInThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // The container's own answers (401, 403, 429 below, error pages) are written before any
    // filter runs, so the headers are set here, on every request, as well.
    SecurityHeaders.apply(request, response);
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
    if (session != null
        && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn
        && (!isApi(request) || isSafe(request))) {
      // The API takes the portal's session cookie for reading only: a state-changing call must
      // carry Basic or bearer credentials, which another site's form or script cannot add
      // (cross-site request forgery).
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
      SignInThrottle.Outcome outcome;
      try {
        outcome = throttle.validate(basic, request.getRemoteAddr());
      } catch (RuntimeException e) {
        // Credentials not in the cache need the database: when it is down, say so (503), not 500.
        DataAccessFailure.Cause cause = DataAccessFailure.classify(e);
        if (cause == DataAccessFailure.Cause.OTHER) {
          throw e;
        }
        return unavailable(request, response, cause);
      }
      if (outcome.throttled()) {
        return tooManyAttempts(response, outcome.retryAfterSeconds());
      }
      return notify(context, outcome.result(), response, true);
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

  /** As the API's database errors (ErrorMappers.DatabaseFailure); the portal gets its error page. */
  private static AuthenticationStatus unavailable(
      HttpServletRequest request, HttpServletResponse response, DataAccessFailure.Cause cause) {
    try {
      if (!isApi(request)) {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return AuthenticationStatus.SEND_FAILURE;
      }
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", cause.transientFailure() ? "30" : "300");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(
          "{\"status\":503,\"message\":\"" + cause.message() + "\",\"cause\":\"DATABASE_" + cause.name() + "\"}");
      response.flushBuffer(); // committed, so the portal's error page for 503 does not replace the JSON
    } catch (IOException ignored) {
      // the client went away; the status is what matters
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, long seconds) {
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.setStatus(429);
      response.getWriter().write(
          "{\"status\":429,\"message\":\"Too many failed sign-ins for this user or from this address;"
              + " try again in " + seconds + " seconds\",\"retryAfterSeconds\":" + seconds + "}");
    } catch (IOException ignored) {
      // the client went away
    }
    // The status and headers always reach the client; WildFly replaces a failed mechanism's body
    // with its own error page (as for the 401 challenge), Payara keeps this JSON.
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isSafe(HttpServletRequest request) {
    String method = request.getMethod();
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
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
