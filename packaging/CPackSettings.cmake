# `cpack -G DEB` in a build folder makes customer-room_<version>_<arch>.deb.
set(CPACK_PACKAGE_NAME customer-room)
set(CPACK_PACKAGE_VENDOR "The Customer Room developers")
set(CPACK_PACKAGE_CONTACT "Customer Room developers <dev@customerroom.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Customer journey evidence wall for leadership reviews")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://customerroom.org/")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # runtime libraries from dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, gstreamer1.0-plugins-good, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gstreamer1.0-plugins-bad, gstreamer1.0-libav")
set(CPACK_STRIP_FILES ON)
include(CPack)
