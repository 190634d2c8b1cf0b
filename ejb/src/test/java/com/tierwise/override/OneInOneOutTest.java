package com.tierwise.override;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.tiering.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** For every customer added to tier A, one must be removed. */
class OneInOneOutTest {

  @Test
  void aPromotionIntoANamingACurrentACustomerIsAccepted() {
    assertEquals(List.of(), OneInOneOut.problems("X", Tier.A, Tier.B, "Y", Tier.A));
    assertEquals(List.of(), OneInOneOut.problems("X", Tier.A, null, "Y", Tier.A));
  }

  @Test
  void aPromotionIntoAWithoutADemotionIsRefused() {
    List<String> problems = OneInOneOut.problems("X", Tier.A, Tier.B, null, null);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("requires demoteExternalId"), problems.toString());
  }

  @Test
  void theDemotedCustomerMustBeInACurrently() {
    List<String> problems = OneInOneOut.problems("X", Tier.A, Tier.C, "Y", Tier.B);
    assertEquals(List.of("customer Y named to leave tier A is currently in tier B, not in tier A (one in, one out)"), problems);
    assertTrue(OneInOneOut.problems("X", Tier.A, Tier.C, "Y", null).get(0).contains("currently untiered"));
  }

  @Test
  void aCustomerCannotMakeRoomForItselfNorBeRaisedTwice() {
    assertTrue(OneInOneOut.problems("X", Tier.A, Tier.B, "X", Tier.B).get(0).contains("another customer"));
    assertTrue(OneInOneOut.problems("X", Tier.A, Tier.A, "Y", Tier.A).get(0).contains("already in tier A"));
  }

  @Test
  void movesOutsideANeedNoDemotionAndTakeNone() {
    assertEquals(List.of(), OneInOneOut.problems("X", Tier.B, Tier.A, null, null));
    assertEquals(List.of(), OneInOneOut.problems("X", Tier.C, Tier.B, null, null));
    assertTrue(OneInOneOut.problems("X", Tier.B, Tier.C, "Y", Tier.A).get(0).contains("only for a promotion"));
  }
}
