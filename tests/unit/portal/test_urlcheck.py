"""The webhook URL guard against every way of writing a private address (issue 10), property-tested."""

import ipaddress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.portal.exceptions import Invalid
from services.portal.urlcheck import blocked_reason, check_addresses, literal_ip, target_of

NON_PUBLIC_V4 = ["127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "0.0.0.0/8",
                 "100.64.0.0/10"]
PUBLIC_V4 = ipaddress.IPv4Address("93.184.216.34")


def _in(block: str) -> st.SearchStrategy[ipaddress.IPv4Address]:
    net = ipaddress.ip_network(block)
    return st.integers(int(net.network_address), int(net.broadcast_address)).map(ipaddress.IPv4Address)


private_v4 = st.one_of(*[_in(b) for b in NON_PUBLIC_V4])


def encodings(v4: ipaddress.IPv4Address) -> list[str]:
    """Every host spelling of one IPv4 address that a resolver or an HTTP client takes to mean it."""
    n, (a, b, c, d) = int(v4), v4.packed
    v6 = [
        ipaddress.IPv6Address((0xFFFF << 32) | n),                          # IPv4-mapped ::ffff:a.b.c.d
        ipaddress.IPv6Address(n),                                           # IPv4-compatible ::a.b.c.d
        ipaddress.IPv6Address((0x2002 << 112) | (n << 80) | 1),             # 6to4 2002:aabb:ccdd::1
        ipaddress.IPv6Address((0x0064FF9B << 96) | n),                      # NAT64 64:ff9b::a.b.c.d
        ipaddress.IPv6Address((0x20010000 << 96) | (int(PUBLIC_V4) << 64) | (~n & 0xFFFFFFFF)),  # Teredo client
        ipaddress.IPv6Address((0x20010000 << 96) | (n << 64) | (~int(PUBLIC_V4) & 0xFFFFFFFF)),  # Teredo server
    ]
    return [str(v4), f"{v4}.", str(n), f"0x{n:08x}", f"0{a:o}.0{b:o}.0{c:o}.0{d:o}", f"{a}.{(b << 16) | (c << 8) | d}",
            *(f"[{x}]" for x in v6), *(f"[{x.exploded}]" for x in v6[:1])]


@settings(max_examples=150, deadline=None)
@given(private_v4, st.sampled_from(range(8)), st.sampled_from(["http", "https"]), st.integers(1, 65535))
def test_every_encoding_of_a_private_address_is_refused(v4, which, scheme, port):
    host = encodings(v4)[which]
    url = f"{scheme}://{host}:{port}/hook"
    with pytest.raises(Invalid, match="webhooks must point at a public address"):
        check_addresses(url, [str(literal_ip(target_of(url).host))], [])


@settings(max_examples=150, deadline=None)
@given(private_v4, st.integers(0, 8))
def test_every_ipv6_wrapping_of_a_private_address_is_refused(v4, which):
    encoded = encodings(v4)[6:][which % 7].strip("[]")
    assert blocked_reason(encoded) is not None, encoded


def test_finding_6to4_around_loopback_is_accepted():
    with pytest.raises(Invalid, match=r"loopback \(embedded 127.0.0.1\)"):
        check_addresses("http://[2002:7f00:1::]/", ["2002:7f00:1::"], [])


def test_local_use_nat64_is_refused_outright():
    assert blocked_reason("64:ff9b:1::5db8:d822") == "local-use NAT64"


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946",
                                     "64:ff9b::5db8:d822", "2002:5db8:d822::1", "::ffff:93.184.216.34"])
def test_public_addresses_in_any_wrapping_pass(address):
    assert blocked_reason(address) is None


@pytest.mark.parametrize("url", ["http://1.2.3.4:abc/x", "http://1.2.3.4:99999/x", "http://1.2.3.4:0/x",
                                 "http://1.2.3.4:-1/x", "https://example.com:65536/"])
def test_finding_webhook_url_with_a_bad_port(url):
    with pytest.raises(Invalid, match="invalid port; a port is a number from 1 to 65535"):
        target_of(url)


@pytest.mark.parametrize("url", ["http://user:pw@example.com/", "http://user@example.com/", "ftp://example.com/",
                                 "http://./", "http://[::1/"])
def test_credentials_other_schemes_and_broken_urls_are_refused(url):
    with pytest.raises(Invalid):
        target_of(url)


def test_finding_allow_list_ignores_ports():
    allow = ["127.0.0.1:9000", "receiver.internal:8443", "[::1]:7000"]
    check_addresses("http://127.0.0.1:9000/h", ["127.0.0.1"], allow)
    check_addresses("https://receiver.internal:8443/h", ["10.0.0.5"], allow)
    check_addresses("http://[::1]:7000/h", ["::1"], allow)
    for url, addr in [("http://127.0.0.1:6379/h", "127.0.0.1"), ("https://receiver.internal/h", "10.0.0.5"),
                      ("http://[::1]:7001/h", "::1"), ("http://127.0.0.1/h", "127.0.0.1")]:
        with pytest.raises(Invalid, match="a (loopback|private) address"):
            check_addresses(url, [addr], allow)


def test_allow_list_entries_without_port_and_blocks_allow_any_port():
    check_addresses("http://localhost:1234/h", ["127.0.0.1"], ["localhost"])
    check_addresses("http://localhost.:1234/h", ["127.0.0.1"], ["localhost"])
    check_addresses("http://10.20.1.2:8080/h", ["10.20.1.2"], ["10.20.0.0/16"])
    with pytest.raises(Invalid):
        check_addresses("http://10.21.1.2:8080/h", ["10.21.1.2"], ["10.20.0.0/16"])
