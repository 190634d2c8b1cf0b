package com.tierwise.web.portal.login;

import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.security.SignInThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs a user in to the portal through the application's authentication mechanism
 * ({@code TierwiseAuthentication}), which keeps the caller in the HTTP session. Request scoped,
 * so the password never outlives the request.
 *
 * <p>Credentials are checked with the identity store first: the mechanism answers a wrong
 * password with {@code responseUnauthorized()}, which on WildFly sends a bare 401 error page
 * instead of this page with "Sign-in failed" (a response wrapper does not help: the container
 * hands the mechanism its own response). The store remembers a verified password for a few
 * minutes ({@code CredentialCache}), so the mechanism's own check costs no second PBKDF2.
 */
@Named
@RequestScoped
public class LoginView {

  static final String DASHBOARD = "/app/dashboard.xhtml";

  @Inject private SecurityContext securityContext;
  @Inject private SignInThrottle throttle;
  @Inject private FacesContext faces;

  private String username;
  private String password;

  /** A signed-in user who opens the login page goes straight to the dashboard. */
  public void redirectIfSignedIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (external.getRemoteUser() != null && !faces.isPostback()) {
      external.redirect(external.getRequestContextPath() + DASHBOARD);
    }
  }

  public String signIn() {
    ExternalContext external = faces.getExternalContext();
    UsernamePasswordCredential credential = new UsernamePasswordCredential(username, password);
    password = null;
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    SignInThrottle.Outcome outcome = throttle.validate(credential, request.getRemoteAddr());
    if (outcome.throttled()) {
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_ERROR,
          PortalMessages.text(faces, "security.throttled"),
          PortalMessages.text(faces, "security.throttled.detail", outcome.retryAfterSeconds()));
      return null;
    }
    if (outcome.result().getStatus() != CredentialValidationResult.Status.VALID) {
      return failed();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().credential(credential));
    switch (status) {
      case SUCCESS:
        return DASHBOARD + "?faces-redirect=true";
      case SEND_CONTINUE:
      case SEND_FAILURE:
        faces.responseComplete(); // the mechanism has written the response
        return null;
      default:
        return failed();
    }
  }

  private String failed() {
    PortalMessages.add(
        faces,
        FacesMessage.SEVERITY_ERROR,
        PortalMessages.text(faces, "login.failed"),
        PortalMessages.text(faces, "login.failed.detail"));
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null; // never written back into the page
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
