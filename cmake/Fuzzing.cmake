# PLANCAST_FUZZ=ON (needs -DCMAKE_CXX_COMPILER=clang++): libFuzzer targets for
# the two readers of untrusted files, the plan loader and the series CSV
# reader (tests/fuzz/*_fuzzer.cpp), with ASan + UBSan.
#
# Included before the code folders, so in a fuzz build every library is
# compiled with the fuzz flags. The fuzzers link plancast_plan (engine/plan/)
# by name: it holds both readers and needs neither the rest of the engine nor
# Ceres, so `--target fuzzers` compiles only that library, which keeps the
# bounded run in CTest (which builds from scratch) cheap.
#
# Without PLANCAST_FUZZ, a normal test build registers `fuzz.bounded_run`,
# which builds these targets in a sub-build with clang++ and runs each for a
# few seconds (tools/fuzz.sh check), or skips when clang++/libFuzzer is absent.
option(PLANCAST_FUZZ "Build the libFuzzer targets (clang++ only)" OFF)

if(PLANCAST_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PLANCAST_FUZZ=ON needs clang++ (libFuzzer): "
                        "cmake -DCMAKE_CXX_COMPILER=clang++ -DPLANCAST_FUZZ=ON ...")
  endif()
  set(PLANCAST_FUZZ_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer -g -O1)
  # Libraries get coverage instrumentation without libFuzzer's main().
  add_compile_options(${PLANCAST_FUZZ_FLAGS} -fsanitize=fuzzer-no-link)

  foreach(fuzzer plan_loader_fuzzer series_csv_fuzzer)
    add_executable(${fuzzer} ${PROJECT_SOURCE_DIR}/tests/fuzz/${fuzzer}.cpp)
    target_compile_options(${fuzzer} PRIVATE -fsanitize=fuzzer)
    target_link_options(${fuzzer} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${fuzzer} PRIVATE plancast_plan)
  endforeach()
  add_custom_target(fuzzers DEPENDS plan_loader_fuzzer series_csv_fuzzer)
elseif(PLANCAST_BUILD_TESTS)
  find_program(PLANCAST_BASH bash)
  add_test(NAME fuzz.bounded_run
           COMMAND ${PLANCAST_BASH} ${PROJECT_SOURCE_DIR}/tools/fuzz.sh check ${CMAKE_BINARY_DIR}/fuzz-sub)
  # 77: clang++ or the libFuzzer runtime is missing (the script says which).
  set_tests_properties(fuzz.bounded_run PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 600 PROCESSORS 2 LABELS fuzz)
endif()
