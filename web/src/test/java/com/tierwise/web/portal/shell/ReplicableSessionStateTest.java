package com.tierwise.web.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's sessions are distributable (web.xml): in a cluster the server serializes every
 * session- and view-scoped bean to hand the session to another node. A field whose type cannot be
 * serialized would lose the session at failover (README "Cluster"), so every field of every such
 * bean must be serializable, transient, or injected (the container's proxies are serializable).
 */
class ReplicableSessionStateTest {

  @Test
  void everySessionAndViewScopedBeanHoldsOnlySerializableState() throws Exception {
    List<Class<?>> beans = sessionStateClasses();
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers())
              || Modifier.isTransient(field.getModifiers())
              || field.isAnnotationPresent(EJB.class)
              || field.isAnnotationPresent(Inject.class)
              || field.isSynthetic()) {
            continue;
          }
          String why = notSerializable(field.getGenericType(), new HashSet<>());
          if (why != null) {
            problems.add(type.getSimpleName() + "." + field.getName() + ": " + why);
          }
        }
      }
    }
    assertEquals(List.of(), problems, "found " + beans.size() + " beans");
  }

  /** Tierwise's own classes are followed into their fields (a record may hold a non-serializable part). */
  private static String notSerializableFields(Class<?> type, Set<Class<?>> seen) {
    if (!type.getName().startsWith("com.tierwise.") || !seen.add(type)) {
      return null;
    }
    // Library superclasses (PrimeFaces' LazyDataModel) answer for their own fields.
    for (Class<?> level = type; level != null && level.getName().startsWith("com.tierwise."); level = level.getSuperclass()) {
      for (Field field : level.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
          continue;
        }
        String why = notSerializable(field.getGenericType(), seen);
        if (why != null) {
          return level.getSimpleName() + "." + field.getName() + ": " + why;
        }
      }
    }
    return null;
  }

  @Test
  void theCheckFindsTheBeans() throws Exception {
    List<String> names = sessionStateClasses().stream().map(Class::getSimpleName).toList();
    assertEquals(true, names.contains("LocaleSelection") && names.contains("DashboardView"), names.toString());
  }

  /** Null when values of this type serialize, else why not. */
  private static String notSerializable(Type type, Set<Class<?>> seen) {
    if (type instanceof Class<?> plain) {
      if (plain.isPrimitive() || plain.isEnum()) {
        return null;
      }
      if (plain.isArray()) {
        return notSerializable(plain.getComponentType(), seen);
      }
      if (Serializable.class.isAssignableFrom(plain)) {
        return notSerializableFields(plain, seen);
      }
      // An enterprise bean passed in (e.g. to a lazy data model) is the container's proxy, which
      // serializes as a reference to the bean.
      if (plain.isAnnotationPresent(Stateless.class) || plain.isAnnotationPresent(Singleton.class)) {
        return null;
      }
      // Declared as an interface of the collections: the values decide (checked as type arguments).
      if (Collection.class.isAssignableFrom(plain) || Map.class.isAssignableFrom(plain)) {
        return null;
      }
      return plain.getName() + " is not Serializable";
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (raw == Optional.class) {
        return "Optional is not Serializable";
      }
      String why = notSerializable(raw, seen);
      if (why != null) {
        return why;
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        why = notSerializable(argument, seen);
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    if (type instanceof GenericArrayType array) {
      return notSerializable(array.getGenericComponentType(), seen);
    }
    if (type instanceof WildcardType wildcard) {
      return notSerializable(wildcard.getUpperBounds()[0], seen);
    }
    if (type instanceof TypeVariable<?> variable) {
      return notSerializable(variable.getBounds()[0], seen);
    }
    return null;
  }

  private static List<Class<?>> sessionStateClasses() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, ReplicableSessionStateTest.class.getClassLoader());
        if (type.isAnnotationPresent(SessionScoped.class)
            || type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(ConversationScoped.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }
}
