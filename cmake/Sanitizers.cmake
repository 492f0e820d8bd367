# PLANCAST_SANITIZE=ON: build everything (libraries, CLI, tests) with
# AddressSanitizer + UndefinedBehaviorSanitizer, g++ or clang++.
# Any UB report aborts (no recovery), so a test fails instead of printing and
# passing. See docs/reliability.md for the command and the last result.
option(PLANCAST_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PLANCAST_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
